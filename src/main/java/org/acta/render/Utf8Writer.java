package org.acta.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * What a template writes, encoded as UTF-8 bytes as it comes: a page is not first gathered as a
 * string (in a synchronised {@link java.io.StringWriter}) and then copied again to encode it.
 * One writer is used by one thread.
 */
final class Utf8Writer extends Writer {
    private byte[] bytes;
    private int size;
    /** A high surrogate written at the end of one call, waiting for its low half. */
    private char pendingHigh;
    /** Where a string's characters are copied to be encoded by the one loop of {@link #write(char[], int, int)}. */
    private char[] scratch = new char[1024];

    Utf8Writer(int capacity) {
        bytes = new byte[capacity];
    }

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        room(length * 3 + 4);
        byte[] b = bytes;
        int n = size;
        int end = offset + length;
        // one tight loop for what templates mostly write; a surrogate (or one pending) goes through put()
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (c < 0x80 && pendingHigh == 0) {
                b[n++] = (byte) c;
            } else if (c < 0x800 && pendingHigh == 0) {
                b[n++] = (byte) (0xC0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c) && pendingHigh == 0) {
                b[n++] = (byte) (0xE0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else {
                size = n;
                put(c);
                b = bytes;
                n = size;
            }
        }
        size = n;
    }

    @Override
    public void write(String text, int offset, int length) {
        if (scratch.length < length) {
            scratch = new char[Math.max(length, scratch.length * 2)];
        }
        text.getChars(offset, offset + length, scratch, 0);
        write(scratch, 0, length);
    }

    @Override
    public Utf8Writer append(CharSequence text) {
        String s = String.valueOf(text);
        write(s, 0, s.length());
        return this;
    }

    private void put(char c) {
        if (size + 4 > bytes.length) {
            room(4);
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                bytes[size++] = (byte) (0xF0 | (cp >> 18));
                bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            bytes[size++] = '?'; // a lone surrogate, as String.getBytes writes it
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | (c >> 6));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = '?';
        } else {
            bytes[size++] = (byte) (0xE0 | (c >> 12));
            bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** The bytes written so far. */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            room(1);
            bytes[size++] = '?';
        }
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
