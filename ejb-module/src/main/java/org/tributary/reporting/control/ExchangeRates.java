package org.tributary.reporting.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Converts amounts into the user's base currency with the rates the user imported: the rate of the day, or
 * else the latest earlier one. Remembers which rates it used and which were missing, so that every report
 * can say so. One report's queries may convert side by side, so what it remembers is kept thread-safe.
 */
public final class ExchangeRates {

    /** A rate a report used: one unit of currency was worth rate units of the base currency on date. */
    public record UsedRate(String currency, LocalDate date, BigDecimal rate) {}

    /** Amounts in currency on date could not be converted and are left out of the totals. */
    public record MissingRate(String currency, LocalDate date) {}

    private final String baseCurrency;
    private final Map<String, NavigableMap<LocalDate, BigDecimal>> rates;
    private final Set<UsedRate> used = java.util.Collections.synchronizedSet(
            new TreeSet<>(java.util.Comparator.comparing(UsedRate::currency).thenComparing(UsedRate::date)));
    private final Set<MissingRate> missing = java.util.Collections.synchronizedSet(
            new TreeSet<>(java.util.Comparator.comparing(MissingRate::currency).thenComparing(MissingRate::date)));

    ExchangeRates(String baseCurrency, Map<String, NavigableMap<LocalDate, BigDecimal>> rates) {
        this.baseCurrency = baseCurrency;
        this.rates = rates;
    }

    static ExchangeRates none(String baseCurrency) {
        return new ExchangeRates(baseCurrency, new HashMap<>());
    }

    public String baseCurrency() {
        return baseCurrency;
    }

    /** @return the amount in the base currency, or null when there is no rate for it */
    public BigDecimal toBase(String currency, LocalDate date, BigDecimal amount) {
        if (currency == null || currency.isBlank() || currency.equalsIgnoreCase(baseCurrency)) {
            return amount;
        }
        NavigableMap<LocalDate, BigDecimal> ofCurrency = rates.getOrDefault(currency, new TreeMap<>());
        Map.Entry<LocalDate, BigDecimal> rate = ofCurrency.floorEntry(date);
        if (rate == null) {
            missing.add(new MissingRate(currency, date));
            return null;
        }
        used.add(new UsedRate(currency, rate.getKey(), rate.getValue()));
        return amount.multiply(rate.getValue()).setScale(2, RoundingMode.HALF_EVEN);
    }

    public List<UsedRate> used() {
        synchronized (used) {
            return new ArrayList<>(used);
        }
    }

    public List<MissingRate> missing() {
        synchronized (missing) {
            return new ArrayList<>(missing);
        }
    }
}
