package org.tributary.reporting.control.export;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A report ready to be exported, in no particular format: a title, the filters that produced it, the base
 * currency its money is in, its columns, its rows and, optionally, a chart.
 *
 * <p>The rows are an iterator read once, in order, while the export is written: a report of a million rows
 * never sits in memory, and a table is therefore exported once (build a new one for another format). Each row
 * holds one value per column, of the column's {@link ColumnKind}, or {@code null} for an empty cell. A stream
 * of rows becomes one with {@code stream.iterator()}; closing the stream stays with the caller.
 *
 * @param currency ISO 4217 code of the base currency, e.g. "EUR"
 * @param chart the chart to draw, or {@code null} for none
 */
public record ReportTable(
        String title,
        List<ReportFilter> filters,
        String currency,
        List<ReportColumn> columns,
        Iterator<List<Object>> rows,
        ChartSpec chart) {

    private static final Pattern ISO_CURRENCY = Pattern.compile("[A-Z]{3}");

    public ReportTable {
        Objects.requireNonNull(title, "title");
        filters = List.copyOf(filters);
        Objects.requireNonNull(currency, "currency");
        if (!ISO_CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("Not an ISO 4217 currency code: " + currency);
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A report has at least one column");
        }
        Objects.requireNonNull(rows, "rows");
        if (chart != null) {
            chart.checkAgainst(columns);
        }
    }

    /** A report without a chart. */
    public ReportTable(
            String title,
            List<ReportFilter> filters,
            String currency,
            List<ReportColumn> columns,
            Iterator<List<Object>> rows) {
        this(title, filters, currency, columns, rows, null);
    }

    public boolean hasChart() {
        return chart != null;
    }

    boolean hasTotals() {
        return columns.stream().anyMatch(ReportColumn::total);
    }
}
