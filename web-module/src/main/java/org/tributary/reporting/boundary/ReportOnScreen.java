package org.tributary.reporting.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.reporting.control.export.ChartSpec;
import org.tributary.reporting.control.export.ColumnKind;
import org.tributary.reporting.control.export.ReportColumn;
import org.tributary.reporting.control.export.ReportTable;

/**
 * A report as the Reports page shows it: the same table as its files (same columns, same rows, same chart),
 * each value in the page's language, and the chart as Chart.js JSON.
 *
 * @param headers the columns' words (the bundle's {@code report.column.*}, or the file's header)
 * @param numeric which columns hold numbers (right-aligned)
 * @param rows the values as shown, at most {@value #MOST_ROWS}, with the totals lines the files have
 * @param totals which rows are totals lines
 * @param more whether the report has more rows than shown (the files have them all)
 * @param chart the chart as Chart.js JSON, or null when the report has none or no rows
 */
public record ReportOnScreen(
        List<String> headers,
        List<Boolean> numeric,
        List<List<String>> rows,
        List<Boolean> totals,
        boolean more,
        String chart)
        implements Serializable {

    static final int MOST_ROWS = 500;

    /**
     * @param labels the words for each row's value in the chart's label column, in the table and the chart (a
     *     balance's "30 Nov" for its 2026-11-30), or null to show the values as they are
     */
    static ReportOnScreen of(ReportTable table, Locale locale, List<String> labels) {
        List<ReportColumn> columns = table.columns();
        List<String> headers = columns.stream().map(ReportOnScreen::header).toList();
        Cells cells = new Cells(table.currency(), locale);
        ChartSpec spec = table.chart();
        List<String> chartLabels = new ArrayList<>();
        List<List<BigDecimal>> series = new ArrayList<>();
        if (spec != null) {
            spec.valueColumns().forEach(c -> series.add(new ArrayList<>()));
        }
        List<List<String>> rows = new ArrayList<>();
        Totals totals = new Totals(columns, cells);
        boolean more = false;
        int shownRows = 0;
        for (Iterator<List<Object>> it = table.rows(); it.hasNext(); ) {
            List<Object> row = it.next();
            if (shownRows == MOST_ROWS) {
                more = true;
                break;
            }
            totals.before(row, rows);
            List<String> shown = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                boolean label = spec != null && i == spec.labelColumn() && labels != null;
                shown.add(
                        label ? labels.get(shownRows) : cells.of(columns.get(i).kind(), row.get(i)));
            }
            rows.add(shown);
            shownRows++;
            totals.add(row);
            if (spec != null && chartLabels.size() < ChartSpec.MAX_POINTS) {
                chartLabels.add(shown.get(spec.labelColumn()));
                for (int s = 0; s < series.size(); s++) {
                    Object value = row.get(spec.valueColumns().get(s));
                    series.get(s)
                            .add(
                                    value instanceof BigDecimal d
                                            ? d
                                            : value == null ? BigDecimal.ZERO : new BigDecimal(value.toString()));
                }
            }
        }
        if (!more) {
            totals.last(rows);
        }
        String chart = spec == null || rows.isEmpty()
                ? null
                : ChartJson.bars(
                        chartLabels,
                        spec.valueColumns().stream().map(headers::get).toList(),
                        series);
        return new ReportOnScreen(
                headers,
                columns.stream()
                        .map(c -> c.kind() != ColumnKind.TEXT && c.kind() != ColumnKind.DATE)
                        .toList(),
                rows,
                totals.lines(rows.size()),
                more,
                chart);
    }

    private static String header(ReportColumn column) {
        String key = "report.column."
                + column.header()
                        .toLowerCase(Locale.ROOT)
                        .replace("%", "percent")
                        .replaceAll("[^a-z]+", "-")
                        .replaceAll("-$", "");
        return PageMessages.has(key) ? PageMessages.text(key) : column.header();
    }

    /**
     * The totals lines of the files ({@link ReportColumn#total()}), on the page too: after each group of the
     * column that groups the totals, or once at the end.
     */
    private static final class Totals {

        private final List<ReportColumn> columns;
        private final Cells cells;
        private final int grouping;
        private final java.util.Set<Integer> lines = new java.util.HashSet<>();
        private BigDecimal[] sums;
        private Object group;
        private boolean started;

        Totals(List<ReportColumn> columns, Cells cells) {
            this.columns = columns;
            this.cells = cells;
            int column = -1;
            for (int i = 0; i < columns.size(); i++) {
                column = columns.get(i).groupsTotals() ? i : column;
            }
            this.grouping = column;
            this.sums = new BigDecimal[columns.size()];
        }

        void before(List<Object> row, List<List<String>> rows) {
            Object value = grouping < 0 ? null : row.get(grouping);
            if (started && grouping >= 0 && !java.util.Objects.equals(value, group)) {
                last(rows);
                sums = new BigDecimal[columns.size()];
            }
            group = value;
            started = true;
        }

        void add(List<Object> row) {
            for (int i = 0; i < sums.length; i++) {
                if (columns.get(i).total() && row.get(i) != null) {
                    BigDecimal value = row.get(i) instanceof BigDecimal d
                            ? d
                            : new BigDecimal(row.get(i).toString());
                    sums[i] = sums[i] == null ? value : sums[i].add(value);
                }
            }
        }

        void last(List<List<String>> rows) {
            if (!started || columns.stream().noneMatch(ReportColumn::total)) {
                return;
            }
            List<String> line = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                ReportColumn column = columns.get(i);
                if (column.total()) {
                    BigDecimal sum = sums[i] == null ? BigDecimal.ZERO : sums[i];
                    line.add(cells.of(
                            column.kind(), column.kind() == ColumnKind.COUNT ? (Object) sum.longValue() : sum));
                } else if (i == 0) {
                    line.add(
                            group == null
                                    ? PageMessages.text("reports.total")
                                    : PageMessages.text("reports.totalOf", group));
                } else {
                    line.add("");
                }
            }
            lines.add(rows.size());
            rows.add(line);
        }

        List<Boolean> lines(int count) {
            List<Boolean> flags = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                flags.add(lines.contains(i));
            }
            return flags;
        }
    }

    /** One value in the page's language. */
    private static final class Cells {

        private final NumberFormat money;
        private final NumberFormat count;
        private final NumberFormat decimal;
        private final NumberFormat percent;
        private final DateTimeFormatter date;

        Cells(String currency, Locale locale) {
            money = NumberFormat.getCurrencyInstance(locale);
            money.setCurrency(Currency.getInstance(currency));
            count = NumberFormat.getIntegerInstance(locale);
            decimal = NumberFormat.getNumberInstance(locale);
            decimal.setMinimumFractionDigits(2);
            decimal.setMaximumFractionDigits(2);
            percent = NumberFormat.getPercentInstance(locale);
            percent.setMaximumFractionDigits(1);
            date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        }

        String of(ColumnKind kind, Object value) {
            if (value == null) {
                return "";
            }
            return switch (kind) {
                case TEXT -> value.toString();
                case DATE -> date.format((LocalDate) value);
                case MONEY -> money.format(value);
                case COUNT -> count.format(value);
                case PERCENT -> percent.format(((BigDecimal) value).movePointLeft(2));
                case DECIMAL -> decimal.format(value);
            };
        }
    }
}
