package org.tributary.reporting.control.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tributary.categorising.control.CategoryNames;
import org.tributary.transactions.control.TransactionQuery;
import org.tributary.transactions.control.TransactionView;

/**
 * The transaction list as a table to export, its rows read as the writer asks for them. Amounts stay in
 * each transaction's own currency, named in the Currency column.
 */
public final class TransactionTable {

    private TransactionTable() {}

    public static ReportTable of(TransactionQuery query, String baseCurrency, Iterator<TransactionView> transactions) {
        List<ReportFilter> filters = new ArrayList<>();
        filters.add(new ReportFilter(
                "Period",
                (query.from() == null ? "the first" : query.from().toString()) + " – "
                        + (query.to() == null ? "the last" : query.to().toString())));
        if (!query.categories().isEmpty()) {
            filters.add(new ReportFilter(
                    "Categories",
                    query.categories().stream()
                            .map(c -> CategoryNames.name(c, Locale.ENGLISH))
                            .collect(Collectors.joining(", "))));
        }
        if (!query.sourceKinds().isEmpty()) {
            filters.add(new ReportFilter("Source kinds", String.join(", ", query.sourceKinds())));
        }
        if (query.type() != null) {
            filters.add(new ReportFilter("Type", query.type()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            filters.add(new ReportFilter("Search", query.text()));
        }
        Iterator<List<Object>> rows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return transactions.hasNext();
            }

            @Override
            public List<Object> next() {
                TransactionView t = transactions.next();
                return Arrays.asList(
                        t.date(),
                        t.description(),
                        t.merchant(),
                        t.category(),
                        t.type(),
                        t.sourceName(),
                        t.currency(),
                        new BigDecimal(t.amount()));
            }
        };
        return new ReportTable(
                "Transactions",
                filters,
                baseCurrency,
                List.of(
                        ReportColumn.date("Date"),
                        ReportColumn.text("Description"),
                        ReportColumn.text("Merchant"),
                        ReportColumn.text("Category"),
                        ReportColumn.text("Type"),
                        ReportColumn.text("Source"),
                        ReportColumn.text("Currency"),
                        ReportColumn.money("Amount").withTotal()),
                rows);
    }
}
