package dev.vigil.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Passes text through with at most one blank line in a row: a template's sections that render
 * nothing leave runs of newlines. Done while writing, so the report is never copied to clean it.
 */
final class BlankLineCollapser extends Writer {

    private final Writer out;
    private int newlines; // newlines at the end of what has been written so far

    BlankLineCollapser(Writer out) {
        this.out = out;
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        int from = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (s.charAt(i) != '\n') {
                newlines = 0;
            } else if (++newlines > 2) {
                out.write(s, from, i - from); // drop this newline: a third in a row
                from = i + 1;
            }
        }
        out.write(s, from, end - from);
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        int from = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (chars[i] != '\n') {
                newlines = 0;
            } else if (++newlines > 2) {
                out.write(chars, from, i - from);
                from = i + 1;
            }
        }
        out.write(chars, from, end - from);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
