package org.tributary.importing.control.statement;

import java.time.LocalDate;
import java.util.List;

/**
 * A row that could not be read, with its line number and the reason in English words; where the reason has a
 * code ({@link UnreadableRowException}), also the code and the values it is about, which the portal puts into
 * the reader's language ({@code import.error.<code>}; decision 26). Errors recorded before every reason had a
 * code have words only, which the portal shows as they are.
 */
public record RowError(int line, String reason, String code, List<String> arguments) {

    public RowError {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** A reason in words only, without a code. */
    public RowError(int line, String reason) {
        this(line, reason, null, List.of());
    }

    /** The row at this line, refused for this reason: with its code when it has one, else in words. */
    public static RowError of(int line, IllegalArgumentException reason) {
        return reason instanceof UnreadableRowException coded
                ? new RowError(line, coded.getMessage(), coded.code(), coded.arguments())
                : new RowError(line, reason.getMessage());
    }

    public static RowError unreadableDate(int line, String value) {
        return of(line, UnreadableRowException.unreadableDate(null, value));
    }

    public static RowError unreadableAmount(int line, String value) {
        return of(line, UnreadableRowException.unreadableAmount(null, value));
    }

    public static RowError dateOutOfRange(int line, LocalDate date) {
        return of(line, UnreadableRowException.dateOutOfRange(date));
    }
}
