package org.tributary.importing.control.statement;

import java.util.List;

/**
 * A row the bank marks as never having moved money (declined, failed, cancelled, reversed; decision 34): kept in
 * the raw data with the bank's own status as the reason, never in the ledger.
 */
public record NotHappenedRow(int line, String status, List<String> cells) {

    public NotHappenedRow {
        cells = List.copyOf(cells);
    }
}
