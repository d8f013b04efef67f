package org.tributary.importing.control.json;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * JSON forbids raw control characters inside strings, but the UK Open Banking specification's own examples carry a
 * literal TAB in one ("\tVISA"), and files copied from them do too. Rather than refuse such a file, every raw control
 * character inside a string is read as a space, as the text streams past. Outside strings nothing is changed.
 */
final class RawControlCharacters extends FilterReader {

    private boolean inString;
    private boolean escaped;

    RawControlCharacters(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = in.read();
        return c < 0 ? c : tolerated((char) c);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = in.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            buffer[i] = tolerated(buffer[i]);
        }
        return read;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("every character is read, to know whether it is inside a string");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private char tolerated(char c) {
        if (!inString) {
            inString = c == '"';
        } else if (escaped) {
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
        } else if (c == '"') {
            inString = false;
        } else if (c < 0x20) {
            return ' ';
        }
        return c;
    }
}
