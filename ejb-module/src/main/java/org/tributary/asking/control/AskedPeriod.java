package org.tributary.asking.control;

import java.time.LocalDate;
import java.time.YearMonth;

/** The days a question is about, both inclusive. */
public record AskedPeriod(LocalDate from, LocalDate to) {

    static AskedPeriod month(YearMonth month) {
        return new AskedPeriod(month.atDay(1), month.atEndOfMonth());
    }

    static AskedPeriod year(int year) {
        return new AskedPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The period of equal length just before this one; a whole month's or year's is the month or year before. */
    AskedPeriod previous() {
        if (wholeMonth()) {
            return month(YearMonth.from(from).minusMonths(1));
        }
        if (wholeYear()) {
            return year(from.getYear() - 1);
        }
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        return new AskedPeriod(from.minusDays(days), from.minusDays(1));
    }

    boolean wholeMonth() {
        return from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth());
    }

    boolean wholeYear() {
        return from.getDayOfYear() == 1 && to.equals(LocalDate.of(from.getYear(), 12, 31));
    }

    /** Months in the period: whole calendar months counted as such, else days over an average month. */
    double months() {
        if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth())) {
            return YearMonth.from(from).until(YearMonth.from(to), java.time.temporal.ChronoUnit.MONTHS) + 1;
        }
        return (to.toEpochDay() - from.toEpochDay() + 1) / (365.2425 / 12);
    }
}
