package org.tributary.reporting.control.export;

import java.math.BigDecimal;
import java.util.List;

/** Running sums of the columns that have a total, kept as the rows stream past. */
final class ColumnTotals {

    private final List<ReportColumn> columns;
    private final BigDecimal[] sums;

    ColumnTotals(List<ReportColumn> columns) {
        this.columns = columns;
        this.sums = new BigDecimal[columns.size()];
        for (int i = 0; i < sums.length; i++) {
            if (columns.get(i).total()) {
                sums[i] = BigDecimal.ZERO;
            }
        }
    }

    void add(List<Object> row) {
        for (int i = 0; i < sums.length; i++) {
            if (sums[i] != null && row.get(i) != null) {
                sums[i] = sums[i].add(asDecimal(row.get(i)));
            }
        }
    }

    /** @return the total of the column, or {@code null} when it has none */
    BigDecimal of(int column) {
        return sums[column];
    }

    /** @return the total as a value of the column's kind (a count stays a whole number) */
    Object valueOf(int column) {
        if (sums[column] == null) {
            return null;
        }
        return columns.get(column).kind() == ColumnKind.COUNT ? (Object) sums[column].longValueExact() : sums[column];
    }

    static BigDecimal asDecimal(Object number) {
        return number instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(((Number) number).longValue());
    }
}
