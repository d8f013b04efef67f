package org.tributary.reporting.control;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tributary.analytics.control.ClickHouseRepository;

/**
 * Sums per key in the base currency. ClickHouse groups the rows of a foreign currency by day (see
 * {@link #DAY}), so each day's sum is converted with that day's rate; rows in the base currency come as
 * one group. A sum whose rate is missing is kept apart in its own currency ({@link Total#notConverted()}),
 * never added as zero.
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

    /** A converted sum, its count and what could not be converted, by currency. */
    record Total(BigDecimal sum, long count, Map<String, BigDecimal> notConverted) {

        static final Total NONE = new Total(BigDecimal.ZERO, 0, Map.of());

        Total plus(Total other) {
            if (other.notConverted.isEmpty()) {
                // The common case, without a map per row: a year's report adds hundreds of thousands.
                return new Total(sum.add(other.sum), count + other.count, notConverted);
            }
            Map<String, BigDecimal> left = new TreeMap<>(notConverted);
            other.notConverted.forEach((currency, amount) -> left.merge(currency, amount, BigDecimal::add));
            return new Total(sum.add(other.sum), count + other.count, left);
        }

        /** What could not be converted, each amount negated when negate is set (expenses shown positive). */
        List<CurrencyAmount> unconverted(boolean negate) {
            List<CurrencyAmount> amounts = CurrencyAmount.of(notConverted);
            return negate ? amounts.stream().map(CurrencyAmount::negate).toList() : amounts;
        }
    }

    private final ExchangeRates rates;
    private final Map<K, Total> totals = new LinkedHashMap<>();

    ConvertedTotals(ExchangeRates rates) {
        this.rates = rates;
    }

    /** Adds a group's sum (column sumColumn, in currency on day) and its count (column countColumn, or 0). */
    void add(K key, ResultSet row, String sumColumn, String countColumn) throws SQLException {
        LocalDate day = ClickHouseRepository.date(row, "day");
        String currency = row.getString("currency");
        BigDecimal amount = row.getBigDecimal(sumColumn);
        BigDecimal converted = rates.toBase(currency, day, amount);
        long count = countColumn == null ? 0 : row.getLong(countColumn);
        Total total = converted == null
                ? new Total(BigDecimal.ZERO, count, Map.of(currency, amount))
                : new Total(converted, count, Map.of());
        totals.merge(key, total, Total::plus);
    }

    Map<K, Total> totals() {
        return totals;
    }

    Total of(K key) {
        return totals.getOrDefault(key, Total.NONE);
    }
}
