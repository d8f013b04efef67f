package org.tributary.importing.control.statement;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What any reader makes of a file: its rows, the rows in error, how many lines were skipped on purpose, and the
 * rows the bank says never happened (decision 34).
 */
public record Statement(
        String format,
        String encoding,
        List<ParsedRow> rows,
        List<RowError> errors,
        int skipped,
        List<NotHappenedRow> notHappened) {

    public Statement(String format, String encoding, List<ParsedRow> rows, List<RowError> errors, int skipped) {
        this(format, encoding, rows, errors, skipped, List.of());
    }

    /**
     * An id that several rows of one file share does not tell them apart, so it is no id: those rows are
     * fingerprinted by their content instead. (A booked row and its pending twin may share one.)
     */
    public Statement withUniqueExternalIds() {
        Function<ParsedRow, String> key = Statement::externalIdKey;
        Map<String, Long> uses = rows.stream()
                .filter(row -> row.externalId() != null)
                .collect(Collectors.groupingBy(key, Collectors.counting()));
        List<ParsedRow> unique = rows.stream()
                .map(row -> row.externalId() == null || uses.get(key.apply(row)) == 1 ? row : row.withoutExternalId())
                .toList();
        return new Statement(format, encoding, unique, errors, skipped, notHappened);
    }

    /** What tells two rows' external ids apart: a booked row and its pending twin may share one. */
    public static String externalIdKey(ParsedRow row) {
        return row.pending() + " " + row.externalId();
    }
}
