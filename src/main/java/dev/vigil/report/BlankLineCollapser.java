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
        int end = off + len;
        int from = off; // start of what is still to be written
        int at = off;
        for (int nl = s.indexOf('\n', at); nl >= 0 && nl < end; nl = s.indexOf('\n', at)) {
            newlines = nl > at ? 1 : newlines + 1;
            if (newlines > 2) {
                out.write(s, from, nl - from); // drop this newline: a third in a row
                from = nl + 1;
            }
            at = nl + 1;
        }
        if (end > at) {
            newlines = 0;
        }
        if (from == 0 && end == s.length()) {
            out.write(s); // the common case, nothing dropped: the string as it is
        } else {
            out.write(s, from, end - from);
        }
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
