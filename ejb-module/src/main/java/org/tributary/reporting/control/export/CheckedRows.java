package org.tributary.reporting.control.export;

import java.util.Iterator;
import java.util.List;

/**
 * The rows of a table, each checked against the columns as it is read, so that a wrong value fails the export
 * with its row and column instead of producing a broken file.
 */
final class CheckedRows implements Iterable<List<Object>> {

    private final ReportTable table;

    private CheckedRows(ReportTable table) {
        this.table = table;
    }

    static CheckedRows of(ReportTable table) {
        return new CheckedRows(table);
    }

    @Override
    public Iterator<List<Object>> iterator() {
        Iterator<List<Object>> source = table.rows();
        List<ReportColumn> columns = table.columns();
        return new Iterator<>() {
            private long number;

            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public List<Object> next() {
                List<Object> row = source.next();
                number++;
                if (row == null || row.size() != columns.size()) {
                    throw new IllegalArgumentException("Row " + number + " has "
                            + (row == null ? "no" : String.valueOf(row.size())) + " values for "
                            + columns.size() + " columns");
                }
                for (int i = 0; i < columns.size(); i++) {
                    ReportColumn column = columns.get(i);
                    Object value = row.get(i);
                    if (!column.kind().accepts(value)) {
                        throw new IllegalArgumentException(
                                "Row " + number + ", column '" + column.header() + "' (" + column.kind()
                                        + "): unexpected " + value.getClass().getSimpleName());
                    }
                }
                return row;
            }
        };
    }
}
