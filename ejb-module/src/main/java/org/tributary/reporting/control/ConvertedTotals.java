package org.tributary.reporting.control;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sums per key in the base currency. ClickHouse groups the rows of a foreign currency by day (see
 * {@link #DAY}), so each day's sum is converted with that day's rate; rows in the base currency come as
 * one group. A sum whose rate is missing is left out of the total (the report lists the missing rate).
 */
final class ConvertedTotals<K> {

    /**
     * The grouping column: the booked date for a foreign currency, one fixed day for the base currency (not
     * 1970-01-01, which ClickHouse's Date writes as 0000-00-00 and the driver reads as null).
     */
    static String day(String baseCurrency) {
        if (!baseCurrency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("not a currency code: " + baseCurrency);
        }
        return "if(currency = '" + baseCurrency + "', toDate('2000-01-01'), booked_date) AS day";
    }

    record Total(BigDecimal sum, long count) {
        Total plus(BigDecimal amount, long more) {
            return new Total(amount == null ? sum : sum.add(amount), count + more);
        }
    }

    private final ExchangeRates rates;
    private final Map<K, Total> totals = new LinkedHashMap<>();

    ConvertedTotals(ExchangeRates rates) {
        this.rates = rates;
    }

    /** Adds a group's sum (column sumColumn, in currency on day) and its count (column countColumn, or 0). */
    void add(K key, ResultSet row, String sumColumn, String countColumn) throws SQLException {
        LocalDate day = row.getDate("day").toLocalDate();
        BigDecimal converted = rates.toBase(row.getString("currency"), day, row.getBigDecimal(sumColumn));
        long count = countColumn == null ? 0 : row.getLong(countColumn);
        totals.merge(key, new Total(BigDecimal.ZERO, 0).plus(converted, count), (a, b) -> a.plus(b.sum(), b.count()));
    }

    Map<K, Total> totals() {
        return totals;
    }

    Total of(K key) {
        return totals.getOrDefault(key, new Total(BigDecimal.ZERO, 0));
    }
}
