package org.tributary.reporting.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.tributary.accounts.control.Accounts;

/**
 * What a person paid at one merchant in a period, from the daily totals and in the base currency as every report
 * (refunds there count against it), and the names of the merchants the person has paid.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MerchantSpending {

    /** The most merchant names read for matching a question: the most visited first. */
    public static final int MOST_NAMES = 20_000;

    @Inject
    LedgerAnalytics analytics;

    @Inject
    RateBook rateBook;

    @Inject
    Accounts accounts;

    /** spent: money out minus refunds, in currency; notConverted: what had no rate, in its own currency. */
    public record Spent(String currency, BigDecimal spent, long count, List<CurrencyAmount> notConverted) {}

    public List<String> names(UUID userId) {
        return analytics.query(
                "SELECT merchant FROM {daily} WHERE {filter} AND type != 'TRANSFER' AND merchant != ''"
                        + " GROUP BY merchant HAVING sum(transactions) > 0 ORDER BY sum(transactions) DESC, merchant"
                        + " LIMIT " + MOST_NAMES,
                row -> row.getString("merchant"),
                LedgerFilter.daily(userId));
    }

    /** The period's expenses and refunds at any of the merchants (names as stored). */
    public Spent at(UUID userId, ReportQuery query, List<String> merchants) {
        ExchangeRates rates = rateBook.forReport(userId, accounts.find(userId).getBaseCurrency(), query);
        ConvertedTotals<String> spent = new ConvertedTotals<>(rates);
        if (!merchants.isEmpty()) {
            analytics.query(
                    "SELECT currency, " + ConvertedTotals.day(rates.baseCurrency())
                            + ", -sum(amount) AS spent, sum(transactions) AS n FROM {daily} WHERE {filter}"
                            + " GROUP BY currency, day HAVING n > 0",
                    row -> {
                        spent.add("", row, "spent", "n");
                        return null;
                    },
                    LedgerFilter.daily(userId, query).and("type = 'EXPENSE'").in("merchant", merchants));
        }
        ConvertedTotals.Total total = spent.of("");
        return new Spent(rates.baseCurrency(), total.sum(), total.count(), total.unconverted(false));
    }
}
