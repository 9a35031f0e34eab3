package dev.vigil.report;

import java.io.Writer;

/**
 * A Writer over a StringBuilder: what templates render into. {@link java.io.StringWriter} locks its
 * StringBuffer on every write, and a report is tens of thousands of small writes.
 */
final class TextBuffer extends Writer {

    private final StringBuilder text = new StringBuilder(1 << 16);

    @Override
    public void write(char[] chars, int off, int len) {
        text.append(chars, off, len);
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(String s, int off, int len) {
        text.append(s, off, off + len);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
