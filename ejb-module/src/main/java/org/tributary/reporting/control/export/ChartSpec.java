package org.tributary.reporting.control.export;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The chart that goes with a report: which column names the points and which columns are plotted.
 *
 * <p>A chart is for the aggregated reports (spending by category, balance by month): it shows the first
 * {@value #MAX_POINTS} rows at most, since more points are no longer readable, and only those rows are kept for
 * it while the table streams past.
 */
public record ChartSpec(ChartKind kind, String title, int labelColumn, List<Integer> valueColumns) {

    public static final int MAX_POINTS = 50;

    public ChartSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        valueColumns = List.copyOf(valueColumns);
        if (valueColumns.isEmpty()) {
            throw new IllegalArgumentException("A chart plots at least one value column");
        }
        if (kind != ChartKind.BAR && valueColumns.size() != 1) {
            throw new IllegalArgumentException("A " + kind + " chart plots exactly one value column");
        }
    }

    public static ChartSpec of(ChartKind kind, String title, int labelColumn, Integer... valueColumns) {
        return new ChartSpec(kind, title, labelColumn, Arrays.asList(valueColumns));
    }

    void checkAgainst(List<ReportColumn> columns) {
        if (labelColumn < 0 || labelColumn >= columns.size()) {
            throw new IllegalArgumentException("Chart label column " + labelColumn + " is not a column of the report");
        }
        for (int column : valueColumns) {
            if (column < 0 || column >= columns.size()) {
                throw new IllegalArgumentException("Chart value column " + column + " is not a column of the report");
            }
            if (!columns.get(column).kind().isNumeric()) {
                throw new IllegalArgumentException(
                        "Chart value column '" + columns.get(column).header() + "' is not a number");
            }
        }
    }
}
