package org.tributary.reporting.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An amount left in its own currency because no exchange rate was near enough to its day: reports show it
 * beside their converted totals ("+ CHF 120.00 not converted: no rate"), never as zero.
 */
public record CurrencyAmount(String currency, BigDecimal amount) implements java.io.Serializable {

    /** The amounts of a map by currency, in the order of the currency codes, leaving out zeros. */
    static List<CurrencyAmount> of(Map<String, BigDecimal> byCurrency) {
        return new TreeMap<>(byCurrency)
                .entrySet().stream()
                        .filter(e -> e.getValue().signum() != 0)
                        .map(e -> new CurrencyAmount(e.getKey(), e.getValue()))
                        .toList();
    }

    /** The sum of several lists, by currency. */
    public static List<CurrencyAmount> sum(List<List<CurrencyAmount>> lists) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        lists.forEach(list -> list.forEach(a -> sums.merge(a.currency(), a.amount(), BigDecimal::add)));
        return of(sums);
    }

    CurrencyAmount negate() {
        return new CurrencyAmount(currency, amount.negate());
    }
}
