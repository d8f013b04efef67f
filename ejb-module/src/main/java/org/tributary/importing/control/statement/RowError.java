package org.tributary.importing.control.statement;

import java.util.List;

/**
 * A row that could not be read, with its line number and the reason in English words; where the reason is
 * one of the common ones, also its code and the values it is about, which the portal puts into the reader's
 * language ({@code import.error.<code>}; decision 26).
 */
public record RowError(int line, String reason, String code, List<String> arguments) {

    public static final String UNREADABLE_DATE = "unreadable-date";
    public static final String UNREADABLE_AMOUNT = "unreadable-amount";
    public static final String DATE_OUT_OF_RANGE = "date-out-of-range";

    public RowError {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** A reason in words only, without a code. */
    public RowError(int line, String reason) {
        this(line, reason, null, List.of());
    }

    public static RowError unreadableDate(int line, String value) {
        return new RowError(line, "unreadable date \"" + value + "\"", UNREADABLE_DATE, List.of(String.valueOf(value)));
    }

    public static RowError unreadableAmount(int line, String value) {
        return new RowError(
                line, "unreadable amount \"" + value + "\"", UNREADABLE_AMOUNT, List.of(String.valueOf(value)));
    }

    public static RowError dateOutOfRange(int line, java.time.LocalDate date) {
        return new RowError(
                line, "date " + date + " is outside the years 1900–2200", DATE_OUT_OF_RANGE, List.of(date.toString()));
    }
}
