package org.tributary.reporting.control.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;

/** Reports the export tests write: a few transactions, a summary by category, and generated long ones. */
final class SampleReports {

    static final List<ReportFilter> PERIOD = List.of(new ReportFilter("Period", "2026-01-01 – 2026-01-31"));

    static final List<ReportColumn> TRANSACTION_COLUMNS = List.of(
            ReportColumn.date("Date"),
            ReportColumn.text("Description"),
            ReportColumn.text("Category"),
            ReportColumn.money("Amount").withTotal());

    private SampleReports() {}

    /** Rows with what CSV and PDF find hard: Cyrillic, currency signs, separators, quotes and line breaks. */
    static List<List<Object>> transactionRows() {
        return List.of(
                row(LocalDate.of(2026, 1, 3), "Пятёрочка, магазин №5", "Продукты", new BigDecimal("1234.56")),
                row(LocalDate.of(2026, 1, 9), "Café \"Le Zinc\" – 12 €", "Restaurants", new BigDecimal("-45.10")),
                row(LocalDate.of(2026, 1, 17), "Rent\r\nJanuary\nflat 2", null, new BigDecimal("0.04")));
    }

    static ReportTable transactions(String currency) {
        return new ReportTable(
                "Transactions January",
                PERIOD,
                currency,
                TRANSACTION_COLUMNS,
                transactionRows().iterator());
    }

    static final List<ReportColumn> CATEGORY_COLUMNS = List.of(
            ReportColumn.text("Category"),
            ReportColumn.count("Transactions").withTotal(),
            ReportColumn.money("Spent").withTotal(),
            ReportColumn.money("Budget"),
            ReportColumn.percent("Share"));

    static ReportTable byCategory(String currency, ChartSpec chart) {
        List<List<Object>> rows = List.of(
                row("Продукты", 42L, new BigDecimal("1234.56"), new BigDecimal("1500.00"), new BigDecimal("61.7")),
                row("Транспорт", 12, new BigDecimal("500.00"), new BigDecimal("400.00"), new BigDecimal("25.0")),
                row("Café & bars", 5L, new BigDecimal("265.44"), null, new BigDecimal("13.3")));
        return new ReportTable("Spending by category", PERIOD, currency, CATEGORY_COLUMNS, rows.iterator(), chart);
    }

    /** Generated rows, never held: each one is made when asked for. */
    static Iterator<List<Object>> generated(long count, LongFunction<List<Object>> row) {
        return new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public List<Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return row.apply(next++);
            }
        };
    }

    static List<Object> transaction(long n) {
        return row(
                LocalDate.of(2026, 1, 1).plusDays(n % 365),
                "Payment " + n + " at shop " + (n % 977),
                n % 2 == 0 ? "Продукты" : "Transport",
                BigDecimal.valueOf(n % 100_000, 2));
    }

    static List<Object> row(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }
}
