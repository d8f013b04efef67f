package org.tributary.reporting.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tributary.analytics.control.ClickHouseRepository;

/**
 * The days each merchant was paid in a period, from the daily totals: per merchant and currency, the day and
 * what was spent there that day. Only merchants paid on at least two and at most {@link #MOST_DAYS} days come
 * back, so what is read stays small however long the ledger's tail of one-off shops (decision 35), and
 * everyday shops visited hundreds of times are left out.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PaymentSeries {

    /** More days than two years of weekly payments: a merchant paid more often is a shop, not a subscription. */
    public static final int MOST_DAYS = 120;

    @Inject
    LedgerAnalytics analytics;

    /** A day a merchant was paid, and how much in all (a positive number). */
    public record Payment(LocalDate day, BigDecimal amount) {}

    /** A merchant's payments in one currency, earliest first; the category of its latest day. */
    public record Series(String merchant, String currency, String category, List<Payment> payments) {}

    public List<Series> of(UUID userId, LocalDate from, LocalDate to) {
        ReportQuery period = ReportQuery.period(from, to);
        String days = "SELECT merchant, currency, booked_date, -sum(amount) AS spent, sum(transactions) AS n,"
                + " argMax(category, transactions) AS category FROM {daily} WHERE {filter} AND type = 'EXPENSE'"
                + " AND merchant != '' AND (merchant, currency) IN (SELECT merchant, currency FROM {daily}"
                + " WHERE {filter} AND type = 'EXPENSE' GROUP BY merchant, currency"
                + " HAVING uniqExact(booked_date) BETWEEN 2 AND " + MOST_DAYS + ")"
                + " GROUP BY merchant, currency, booked_date HAVING n > 0 AND spent > 0"
                + " ORDER BY merchant, currency, booked_date";
        List<Series> series = new ArrayList<>();
        analytics.query(
                days,
                row -> {
                    String merchant = row.getString("merchant");
                    String currency = row.getString("currency");
                    Series last = series.isEmpty() ? null : series.get(series.size() - 1);
                    if (last == null
                            || !last.merchant().equals(merchant)
                            || !last.currency().equals(currency)) {
                        last = new Series(merchant, currency, row.getString("category"), new ArrayList<>());
                        series.add(last);
                    } else {
                        last = new Series(merchant, currency, row.getString("category"), last.payments());
                        series.set(series.size() - 1, last);
                    }
                    last.payments()
                            .add(new Payment(
                                    ClickHouseRepository.date(row, "booked_date"), row.getBigDecimal("spent")));
                    return null;
                },
                LedgerFilter.daily(userId, period),
                LedgerFilter.daily(userId, period));
        return series.stream()
                .filter(s -> s.payments().size() >= 2)
                .map(s -> new Series(s.merchant(), s.currency(), s.category(), List.copyOf(s.payments())))
                .toList();
    }
}
