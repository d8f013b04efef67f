package org.tributary.platform.control;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An amount a person typed, in whatever way they write numbers: the last separator ({@code ,} or {@code .})
 * is the decimal mark, any before it group thousands ({@code 12,50}, {@code 7.25}, {@code 1.234,56} and
 * {@code 1,234.56} all read as one would expect, in every language). A single separator followed by exactly
 * three digits ({@code 1,234}, {@code 1.234}) is a thousand to some people and a little over one to others,
 * so it is refused rather than guessed. Spaces and apostrophes may group thousands too; a leading sign is
 * allowed. Read in one pass over at most {@link #MAX_LENGTH} characters.
 */
public final class TypedAmount {

    static final int MAX_LENGTH = 40;
    private static final int MAX_INTEGER_DIGITS = 13;
    private static final int MAX_DECIMALS = 6;

    /** Why a text is not an amount. */
    public enum Refusal {
        /** Blank, or not written as a number. */
        NOT_A_NUMBER,
        /** {@code 1,234} or {@code 1.234}: a decimal mark or a thousands separator, nobody can tell. */
        AMBIGUOUS
    }

    /** The amount read, or why there is none. */
    public record Reading(BigDecimal amount, Refusal refusal) {

        public boolean isAmount() {
            return amount != null;
        }
    }

    private TypedAmount() {}

    public static Reading read(String text) {
        if (text == null) {
            return refused(Refusal.NOT_A_NUMBER);
        }
        String typed = text.strip();
        if (typed.isEmpty() || typed.length() > MAX_LENGTH) {
            return refused(Refusal.NOT_A_NUMBER);
        }
        boolean negative = false;
        int start = 0;
        char first = typed.charAt(0);
        if (first == '-' || first == '−' || first == '+') {
            negative = first != '+';
            start = 1;
        }
        StringBuilder digits = new StringBuilder(typed.length());
        int lastSeparator = -1; // index in digits where the last separator stood
        char lastKind = 0;
        int separators = 0;
        int kindsSeen = 0; // bit 1: ',' bit 2: '.'
        boolean groupsOfThree = true;
        for (int i = start; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == ',' || c == '.') {
                if (lastSeparator >= 0 && digits.length() - lastSeparator != 3) {
                    groupsOfThree = false;
                }
                lastSeparator = digits.length();
                lastKind = c;
                separators++;
                kindsSeen |= c == ',' ? 1 : 2;
            } else if (!isGroupingSpace(c) || digits.isEmpty()) {
                return refused(Refusal.NOT_A_NUMBER);
            }
        }
        if (digits.isEmpty() || lastSeparator == digits.length()) {
            return refused(Refusal.NOT_A_NUMBER);
        }
        int decimals;
        if (separators == 0) {
            decimals = 0;
        } else if (kindsSeen == 3) {
            // Both kinds: the last is the decimal mark, the others must all be of the other kind.
            if (countOf(typed, lastKind) != 1 || !groupsOfThree || !groupedBefore(lastSeparator, separators)) {
                return refused(Refusal.NOT_A_NUMBER);
            }
            decimals = digits.length() - lastSeparator;
        } else if (separators > 1) {
            // One kind, several times: thousands only ("1.234.567").
            if (!groupsOfThree || digits.length() - lastSeparator != 3 || !groupedBefore(lastSeparator, separators)) {
                return refused(Refusal.NOT_A_NUMBER);
            }
            decimals = 0;
        } else if (digits.length() - lastSeparator == 3 && !onlyZeros(digits, lastSeparator)) {
            return refused(Refusal.AMBIGUOUS);
        } else {
            decimals = digits.length() - lastSeparator;
        }
        BigDecimal amount = new BigDecimal(new BigInteger(digits.toString()), decimals);
        if (decimals > MAX_DECIMALS || amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            return refused(Refusal.NOT_A_NUMBER);
        }
        return new Reading(negative ? amount.negate() : amount, null);
    }

    /** "0,500" and ",500" can only mean a half: no one groups thousands after a zero. */
    private static boolean onlyZeros(CharSequence digits, int end) {
        for (int i = 0; i < end; i++) {
            if (digits.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /**
     * The first group of thousands ("1.234,56": "1") holds one to three digits. The distances between the
     * separators are three digits each (checked while reading), so it is what lies before the first one.
     */
    private static boolean groupedBefore(int lastSeparator, int separators) {
        int firstGroup = lastSeparator - 3 * (separators - 1);
        return firstGroup >= 1 && firstGroup <= 3;
    }

    private static int countOf(String text, char c) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                count++;
            }
        }
        return count;
    }

    private static boolean isGroupingSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'' || c == '’';
    }

    private static Reading refused(Refusal refusal) {
        return new Reading(null, refusal);
    }
}
