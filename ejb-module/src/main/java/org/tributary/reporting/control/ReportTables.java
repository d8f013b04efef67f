package org.tributary.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tributary.categorising.control.CategoryNames;
import org.tributary.reporting.control.ExchangeRates.MissingRate;
import org.tributary.reporting.control.ExchangeRates.UsedRate;
import org.tributary.reporting.control.export.ChartKind;
import org.tributary.reporting.control.export.ChartSpec;
import org.tributary.reporting.control.export.ReportColumn;
import org.tributary.reporting.control.export.ReportFilter;
import org.tributary.reporting.control.export.ReportTable;

/**
 * Each report as a table, to export and to show on the Reports page: its title (the page's own words for the
 * report, so that the screen and the file say the same), the filters it was made with, its columns, its rows
 * and a chart.
 */
@ApplicationScoped
public class ReportTables {

    private static final String NOT_CONVERTED = "Not converted (no exchange rate)";
    private static final String NOT_CONVERTED_SHORT = "not converted";

    /** The language of the category names in the rows; the files speak English throughout (decision 26). */
    private final java.util.Locale categoryLanguage;

    public ReportTables() {
        this(java.util.Locale.ENGLISH);
    }

    private ReportTables(java.util.Locale categoryLanguage) {
        this.categoryLanguage = categoryLanguage;
    }

    /** The same tables with the category names in a page's language. */
    public ReportTables withCategoriesIn(java.util.Locale language) {
        return new ReportTables(language);
    }

    public ReportTable byCategory(Reports.ByCategory report) {
        return byCategory(report, ReportTables::plainType);
    }

    /** @param typeWords the words for a type (EXPENSE, INCOME, TRANSFER): on a page, in its language */
    public ReportTable byCategory(Reports.ByCategory report, java.util.function.Function<String, String> typeWords) {
        List<ReportFilter> filters =
                new ArrayList<>(filters(report.from(), report.to(), report.rates(), report.missingRates()));
        List<ReportColumn> columns = new ArrayList<>(List.of(
                // Money in, money out and transfers add up to nothing together: a total for each.
                ReportColumn.text("Type").groupingTotals(),
                ReportColumn.text("Category"),
                ReportColumn.money("Total").withTotal(),
                ReportColumn.count("Transactions").withTotal()));
        boolean unconverted =
                report.rows().stream().anyMatch(r -> !r.notConverted().isEmpty());
        if (unconverted) {
            columns.add(ReportColumn.text(NOT_CONVERTED));
            filters.add(new ReportFilter(
                    NOT_CONVERTED,
                    List.of("EXPENSE", "INCOME", "TRANSFER").stream()
                            .map(type -> Map.entry(
                                    type,
                                    CurrencyAmount.sum(report.rows().stream()
                                            .filter(r -> r.type().equals(type))
                                            .map(Reports.ByCategory.Row::notConverted)
                                            .toList())))
                            .filter(e -> !e.getValue().isEmpty())
                            .map(e -> typeWords.apply(e.getKey()) + ": " + text(e.getValue()))
                            .collect(Collectors.joining("; "))));
        }
        return new ReportTable(
                "Money in and out by category",
                filters,
                report.currency(),
                columns,
                rows(report.rows().stream()
                        .map(r -> unconverted
                                ? row(
                                        typeWords.apply(r.type()),
                                        categoryName(r.category()),
                                        r.total(),
                                        r.count(),
                                        text(r.notConverted()))
                                : row(typeWords.apply(r.type()), categoryName(r.category()), r.total(), r.count()))
                        .toList()),
                ChartSpec.of(ChartKind.BAR, "By category", 1, 2));
    }

    public ReportTable largest(Reports.Largest report) {
        return transactions(
                "The biggest transactions",
                filters(report.from(), report.to(), report.rates(), report.missingRates()),
                report.currency(),
                report.rows());
    }

    public ReportTable growth(Reports.Growth report) {
        List<ReportFilter> filters =
                new ArrayList<>(filters(report.from(), report.to(), report.rates(), report.missingRates()));
        filters.add(new ReportFilter("Compared with", comparedWith(report)));
        return new ReportTable(
                "What grew",
                filters,
                report.currency(),
                List.of(
                        ReportColumn.text("Of"),
                        ReportColumn.text("Name"),
                        ReportColumn.money("Before"),
                        ReportColumn.money("Now"),
                        ReportColumn.money("Change"),
                        ReportColumn.percent("Change %")),
                rows(report.rows().stream()
                        .map(r -> row(
                                r.merchant() == null ? "Category" : "Merchant",
                                r.merchant() == null ? categoryName(r.category()) : r.merchant(),
                                r.previous(),
                                r.current(),
                                r.delta(),
                                r.deltaPercent()))
                        .toList()),
                ChartSpec.of(ChartKind.BAR, "Before and now", 1, 2, 3));
    }

    private static String comparedWith(Reports.Growth report) {
        String previous = report.previousFrom() + " – " + report.previousTo();
        EarlierData earlier = report.earlierData();
        return switch (earlier.comparison()) {
            case WHOLE_PERIOD -> previous;
            case PART_SCALED ->
                previous + ", which has data from " + earlier.dataFrom() + " only (" + earlier.coveredDays() + " of "
                        + earlier.periodDays() + " days): its amounts are scaled to the whole length";
            case TOO_LITTLE ->
                earlier.dataFrom() == null
                        ? "nothing: there is no earlier data to compare with"
                        : "nothing: " + previous + " has data for " + earlier.coveredDays()
                                + " days only, too few to compare with";
        };
    }

    public ReportTable newMerchants(Reports.NewMerchants report) {
        boolean unconverted =
                report.rows().stream().anyMatch(r -> !r.notConverted().isEmpty());
        return new ReportTable(
                "New places you paid",
                filters(report.from(), report.to(), report.rates(), report.missingRates()),
                report.currency(),
                withUnconverted(
                        List.of(
                                ReportColumn.text("Merchant"),
                                ReportColumn.date("First seen"),
                                ReportColumn.count("Transactions").withTotal(),
                                ReportColumn.money("Spent").withTotal()),
                        unconverted,
                        NOT_CONVERTED),
                rows(report.rows().stream()
                        .map(r -> unconverted
                                ? row(r.merchant(), r.firstSeen(), r.count(), r.total(), text(r.notConverted()))
                                : row(r.merchant(), r.firstSeen(), r.count(), r.total()))
                        .toList()),
                ChartSpec.of(ChartKind.BAR, "Spent", 0, 3));
    }

    public ReportTable balance(Reports.Balance report) {
        boolean unconverted = report.rows().stream()
                .anyMatch(r -> !r.incomeNotConverted().isEmpty()
                        || !r.expensesNotConverted().isEmpty());
        List<ReportFilter> filters =
                new ArrayList<>(filters(report.from(), report.to(), report.rates(), report.missingRates()));
        filters.add(new ReportFilter("One row for each", report.interval()));
        return new ReportTable(
                "Money in and out over time",
                filters,
                report.currency(),
                withUnconverted(
                        List.of(
                                ReportColumn.text("Period"),
                                ReportColumn.money("Money in").withTotal(),
                                ReportColumn.money("Money out").withTotal(),
                                ReportColumn.money("Net").withTotal()),
                        unconverted,
                        "Money in " + NOT_CONVERTED_SHORT,
                        "Money out " + NOT_CONVERTED_SHORT),
                rows(report.rows().stream()
                        .map(r -> unconverted
                                ? row(
                                        r.period(),
                                        r.income(),
                                        r.expenses(),
                                        r.net(),
                                        text(r.incomeNotConverted()),
                                        text(r.expensesNotConverted()))
                                : row(r.period(), r.income(), r.expenses(), r.net()))
                        .toList()),
                ChartSpec.of(ChartKind.BAR, "Money in and out", 0, 1, 2));
    }

    public ReportTable highlights(Reports.Highlights report) {
        return new ReportTable(
                "Unusual transactions",
                filters(report.from(), report.to(), report.rates(), report.missingRates()),
                report.currency(),
                List.of(
                        ReportColumn.date("Date"),
                        ReportColumn.text("Merchant"),
                        ReportColumn.money("Amount"),
                        ReportColumn.text("Why")),
                rows(report.rows().stream()
                        .map(r -> row(
                                r.transaction().date(),
                                r.transaction().merchant(),
                                r.transaction().baseAmount(),
                                r.reason()))
                        .toList()),
                ChartSpec.of(ChartKind.BAR, "Amount", 1, 2));
    }

    private ReportTable transactions(
            String title, List<ReportFilter> filters, String currency, List<ReportTransaction> transactions) {
        return new ReportTable(
                title,
                filters,
                currency,
                List.of(
                        ReportColumn.date("Date"),
                        ReportColumn.text("Description"),
                        ReportColumn.text("Merchant"),
                        ReportColumn.text("Category"),
                        ReportColumn.text("Source"),
                        ReportColumn.decimal("Original amount"),
                        ReportColumn.text("Original currency"),
                        ReportColumn.money("Amount")),
                rows(transactions.stream()
                        .map(t -> row(
                                t.date(),
                                t.description(),
                                t.merchant(),
                                categoryName(t.category()),
                                t.sourceName(),
                                t.amount(),
                                t.currency(),
                                t.baseAmount()))
                        .toList()),
                ChartSpec.of(ChartKind.BAR, "Amount", 2, 7));
    }

    private static List<ReportFilter> filters(
            LocalDate from, LocalDate to, List<UsedRate> used, List<MissingRate> missing) {
        List<ReportFilter> filters = new ArrayList<>();
        filters.add(new ReportFilter("Period", from + " – " + to));
        if (!used.isEmpty()) {
            Map<String, Long> days = used.stream()
                    .collect(Collectors.groupingBy(UsedRate::currency, TreeMap::new, Collectors.counting()));
            filters.add(new ReportFilter(
                    "Exchange rates used",
                    days.entrySet().stream()
                                    .map(e -> e.getKey() + " (" + e.getValue() + " daily rates)")
                                    .collect(Collectors.joining(", "))
                            + sources(used)));
        }
        if (!missing.isEmpty()) {
            Map<String, Long> days = missing.stream()
                    .collect(Collectors.groupingBy(MissingRate::currency, TreeMap::new, Collectors.counting()));
            filters.add(new ReportFilter(
                    "No exchange rate (amounts shown in their own currency)",
                    days.entrySet().stream()
                            .map(e -> e.getKey() + " on " + e.getValue() + (e.getValue() == 1 ? " day" : " days"))
                            .collect(Collectors.joining(", "))));
        }
        return filters;
    }

    private static List<ReportColumn> withUnconverted(
            List<ReportColumn> columns, boolean unconverted, String... headers) {
        List<ReportColumn> all = new ArrayList<>(columns);
        if (unconverted) {
            Arrays.stream(headers).map(ReportColumn::text).forEach(all::add);
        }
        return all;
    }

    private static String sources(List<UsedRate> used) {
        boolean ecb = used.stream().anyMatch(r -> r.source().equals(ExchangeRates.ECB));
        boolean yours = used.stream().anyMatch(r -> r.source().equals(ExchangeRates.YOURS));
        return ecb && yours
                ? "; ECB reference rates and your uploaded rates"
                : ecb ? "; ECB reference rates" : "; your uploaded rates";
    }

    private static java.util.Iterator<List<Object>> rows(List<List<Object>> rows) {
        return rows.iterator();
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    /** "CHF 120.00, VND 250000.00", or null (an empty cell) when everything was converted. */
    private static String text(List<CurrencyAmount> amounts) {
        return amounts.isEmpty()
                ? null
                : amounts.stream()
                        .map(a -> a.currency() + " "
                                + a.amount()
                                        .setScale(2, java.math.RoundingMode.HALF_EVEN)
                                        .toPlainString())
                        .collect(Collectors.joining(", "));
    }

    private static String plainType(String type) {
        return switch (type) {
            case "EXPENSE" -> "Money out";
            case "INCOME" -> "Money in";
            default -> "Between your accounts";
        };
    }

    private String categoryName(String category) {
        return CategoryNames.name(category, categoryLanguage);
    }
}
