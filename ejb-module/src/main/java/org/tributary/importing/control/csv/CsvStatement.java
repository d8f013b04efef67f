package org.tributary.importing.control.csv;

import java.util.List;
import org.tributary.importing.control.statement.NotHappenedRow;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.Statement;

/**
 * The result of reading a CSV export: its layout, the rows that are transactions, the rows in error, and the
 * rows whose status says they never happened.
 */
public record CsvStatement(
        CsvLayout layout, List<ParsedRow> rows, List<RowError> errors, int skipped, List<NotHappenedRow> notHappened) {

    public Statement toStatement() {
        return new Statement("csv", layout.encoding(), rows, errors, skipped, notHappened);
    }
}
