package org.tributary.importing.control.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A text that refuses a line longer than {@link CsvLimits#MAX_LINE} characters as it is read, counting lines on
 * the way: no line of any length is ever held whole, whoever reads through it (OpenCSV reads whole lines).
 */
final class BoundedLines extends FilterReader {

    /** A line over the bound, with its number (1-based). */
    static final class LineTooLongException extends IOException {

        private static final long serialVersionUID = 1L;
        private final long line;

        LineTooLongException(long line) {
            super("line " + line + " is longer than " + CsvLimits.MAX_LINE + " characters");
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private final int maxLine;
    private long line = 1;
    private int length;

    BoundedLines(Reader in) {
        this(in, CsvLimits.MAX_LINE);
    }

    BoundedLines(Reader in, int maxLine) {
        super(in);
        this.maxLine = maxLine;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int read = super.read(buffer, offset, count);
        for (int i = offset; i < offset + read; i++) {
            count(buffer[i]);
        }
        return read;
    }

    private void count(char c) throws LineTooLongException {
        if (c == '\n') {
            line++;
            length = 0;
        } else if (c != '\r' && ++length > maxLine) {
            throw new LineTooLongException(line);
        }
    }
}
