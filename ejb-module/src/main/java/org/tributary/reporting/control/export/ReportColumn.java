package org.tributary.reporting.control.export;

import java.util.Objects;

/**
 * One column of a report: its header, what it holds, whether the report ends with its total (only money and
 * counts add up), and whether it groups the totals: rows come grouped by its value, and each group ends with
 * its own totals instead of one for the whole report (money in and money out do not add up to anything).
 */
public record ReportColumn(String header, ColumnKind kind, boolean total, boolean groupsTotals) {

    public ReportColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        if (total && kind != ColumnKind.MONEY && kind != ColumnKind.COUNT) {
            throw new IllegalArgumentException("Only MONEY and COUNT columns have a total, not " + kind);
        }
        if (groupsTotals && kind != ColumnKind.TEXT) {
            throw new IllegalArgumentException("Only a TEXT column groups the totals, not " + kind);
        }
    }

    public ReportColumn(String header, ColumnKind kind, boolean total) {
        this(header, kind, total, false);
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

    /** A number that is not in the report's currency, such as an amount in the currency of its own row. */
    public static ReportColumn decimal(String header) {
        return new ReportColumn(header, ColumnKind.DECIMAL, false);
    }

    /** @return this column with a total at the end of the report (or of each group) */
    public ReportColumn withTotal() {
        return new ReportColumn(header, kind, true, groupsTotals);
    }

    /** @return this column grouping the totals: a total line after each run of rows with the same value */
    public ReportColumn groupingTotals() {
        return new ReportColumn(header, kind, total, true);
    }
}
