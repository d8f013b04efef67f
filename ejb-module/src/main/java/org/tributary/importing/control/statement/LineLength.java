package org.tributary.importing.control.statement;

/**
 * The one bound on how long a line of a line-based statement (MT940, QIF, Norma 43) or a value of an OFX may
 * be. Real ones stay far below it (a Norma 43 record is 80 characters, an MT940 line 65, a long OFX memo a few
 * hundred); a longer one is a crafted file, refused with its line before any reader works on it, so no reader's
 * per-value work (a regular expression, an amount's parsing) can grow with a value of megabytes.
 */
public final class LineLength {

    public static final int MAX = 10_000;

    private LineLength() {}

    /**
     * @throws UnreadableStatementException naming the first line longer than {@link #MAX} characters
     */
    public static void check(String text, String format) {
        int line = 1;
        int start = 0;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                if (i - start > MAX) {
                    throw UnreadableStatementException.tooLong(format, line, MAX);
                }
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                start = i + 1;
            }
        }
    }

    /** @throws UnreadableStatementException when one value, found on the given line, is longer than {@link #MAX} */
    public static void checkValue(int valueLength, int line, String format) {
        if (valueLength > MAX) {
            throw UnreadableStatementException.tooLong(format, line, MAX);
        }
    }
}
