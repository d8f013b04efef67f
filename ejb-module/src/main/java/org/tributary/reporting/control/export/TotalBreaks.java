package org.tributary.reporting.control.export;

import java.util.List;
import java.util.Objects;

/**
 * Where a report's totals go: once at the end, or, when a column groups the totals, after each run of rows
 * with the same value in it (see {@link ReportColumn#groupsTotals()}). Follows the rows as they stream past.
 */
final class TotalBreaks {

    private final int column;
    private Object group;
    private boolean started;

    TotalBreaks(List<ReportColumn> columns) {
        int grouping = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).groupsTotals()) {
                if (grouping >= 0) {
                    throw new IllegalArgumentException("Only one column groups the totals");
                }
                grouping = i;
            }
        }
        this.column = grouping;
    }

    /** @return the words of the totals line due before this row (it begins a new group), or null for none */
    String before(List<Object> row) {
        Object value = column < 0 ? null : row.get(column);
        String due = started && column >= 0 && !Objects.equals(value, group) ? label() : null;
        group = value;
        started = true;
        return due;
    }

    /** @return the words of the last totals line: of the whole report, or of its last group */
    String label() {
        return column < 0 || group == null
                ? "Total"
                : "Total " + group.toString().toLowerCase(java.util.Locale.ROOT);
    }
}
