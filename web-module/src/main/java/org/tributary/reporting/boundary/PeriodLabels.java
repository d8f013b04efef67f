package org.tributary.reporting.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words for one interval of a chart or table over time: a week by its Monday ("30 Nov"), a month by its
 * name ("Nov 2026"), a day by its date, a year by its number. The year is added to weeks and days only when
 * the period spans more than one.
 */
final class PeriodLabels {

    private PeriodLabels() {}

    static String of(LocalDate start, String interval, LocalDate from, LocalDate to, Locale locale) {
        boolean oneYear = from.getYear() == to.getYear();
        String pattern = switch (interval) {
            case "week", "day" -> oneYear ? "d MMM" : "d MMM yyyy";
            case "month" -> "LLL yyyy";
            default -> "yyyy";
        };
        return DateTimeFormatter.ofPattern(pattern, locale).format(start);
    }
}
