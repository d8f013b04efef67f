package org.tributary.reporting.control.export;

import java.util.Objects;

/**
 * One column of a report: its header, what it holds, and whether the report ends with its total (only money
 * and counts add up).
 */
public record ReportColumn(String header, ColumnKind kind, boolean total) {

    public ReportColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        if (total && kind != ColumnKind.MONEY && kind != ColumnKind.COUNT) {
            throw new IllegalArgumentException("Only MONEY and COUNT columns have a total, not " + kind);
        }
    }

    public static ReportColumn text(String header) {
        return new ReportColumn(header, ColumnKind.TEXT, false);
    }

    public static ReportColumn date(String header) {
        return new ReportColumn(header, ColumnKind.DATE, false);
    }

    public static ReportColumn money(String header) {
        return new ReportColumn(header, ColumnKind.MONEY, false);
    }

    public static ReportColumn count(String header) {
        return new ReportColumn(header, ColumnKind.COUNT, false);
    }

    public static ReportColumn percent(String header) {
        return new ReportColumn(header, ColumnKind.PERCENT, false);
    }

    /** @return this column with a total at the end of the report */
    public ReportColumn withTotal() {
        return new ReportColumn(header, kind, true);
    }
}
