package org.tributary.analysis.control;

import java.time.LocalDate;

/**
 * How often a payment recurs: the gaps between two payments that count as one step (a month is 28 to 31 days,
 * and banks book a day or three late over weekends and holidays), how many payments make it a pattern, and how
 * long after the expected date a payment may still come before the payments count as stopped.
 */
public enum Cadence {
    WEEKLY(6, 8, 4, 52, 4),
    MONTHLY(26, 35, 3, 12, 10),
    QUARTERLY(84, 98, 3, 4, 20),
    YEARLY(350, 380, 2, 1, 30);

    private final int shortestGap;
    private final int longestGap;
    private final int fewestPayments;
    private final int perYear;
    private final int graceDays;

    Cadence(int shortestGap, int longestGap, int fewestPayments, int perYear, int graceDays) {
        this.shortestGap = shortestGap;
        this.longestGap = longestGap;
        this.fewestPayments = fewestPayments;
        this.perYear = perYear;
        this.graceDays = graceDays;
    }

    boolean fits(long gapDays) {
        return gapDays >= shortestGap && gapDays <= longestGap;
    }

    int fewestPayments() {
        return fewestPayments;
    }

    int perYear() {
        return perYear;
    }

    LocalDate next(LocalDate last) {
        return switch (this) {
            case WEEKLY -> last.plusWeeks(1);
            case MONTHLY -> last.plusMonths(1);
            case QUARTERLY -> last.plusMonths(3);
            case YEARLY -> last.plusYears(1);
        };
    }

    /** Whether a payment expected on the day is still to come as of asOf, or already overdue past its grace. */
    boolean stillExpected(LocalDate expected, LocalDate asOf) {
        return !expected.plusDays(graceDays).isBefore(asOf);
    }
}
