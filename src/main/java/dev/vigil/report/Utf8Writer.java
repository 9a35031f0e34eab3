package dev.vigil.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Encodes text as UTF-8 into a stream through its own buffer, unsynchronized: a report is tens of
 * thousands of small writes, and {@link java.io.OutputStreamWriter} takes a lock on each. The bytes
 * equal {@code String.getBytes(UTF_8)}, down to a lone surrogate becoming {@code ?}.
 */
final class Utf8Writer extends Writer {

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 14];
    private int n;
    private char high; // a high surrogate waiting for its pair, or 0

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        encode(s, off, off + len);
    }

    @Override
    public void write(String s) throws IOException {
        encode(s, 0, s.length());
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        encode(java.nio.CharBuffer.wrap(chars), off, off + len);
    }

    private void encode(CharSequence s, int from, int end) throws IOException {
        int i = from;
        while (i < end) {
            // ASCII straight into the buffer, as far as it has room: nearly all of a report
            int stop = Math.min(end, i + buf.length - 4 - n);
            if (high == 0) {
                char c;
                while (i < stop && (c = s.charAt(i)) < 0x80) {
                    buf[n++] = (byte) c;
                    i++;
                }
            }
            if (i < end) {
                put(s.charAt(i++));
            }
        }
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    private void put(char c) throws IOException {
        if (n > buf.length - 4) {
            drain();
        }
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                buf[n++] = (byte) (0xF0 | cp >> 18);
                buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            buf[n++] = '?';
            put(c);
            return;
        }
        if (c < 0x80) {
            buf[n++] = (byte) c;
        } else if (c < 0x800) {
            buf[n++] = (byte) (0xC0 | c >> 6);
            buf[n++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[n++] = '?';
        } else {
            buf[n++] = (byte) (0xE0 | c >> 12);
            buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[n++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void drain() throws IOException {
        out.write(buf, 0, n);
        n = 0;
    }

    /** Writes what is buffered (a high surrogate left without its pair becomes {@code ?}, as in String.getBytes). */
    @Override
    public void flush() throws IOException {
        if (high != 0) {
            high = 0;
            put('?');
        }
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
