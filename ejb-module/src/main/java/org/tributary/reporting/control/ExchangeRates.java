package org.tributary.reporting.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Converts amounts into the user's base currency for one report. A rate comes from the user's own uploaded
 * rates where they give one (one unit of the currency in the base currency), else from the ECB's reference
 * rates (units per euro), crossed via the euro: one USD in CHF is (CHF per euro) ÷ (USD per euro). A day
 * without a rate (a weekend, a holiday) takes the latest earlier one up to {@link #DAYS_BACK} days back;
 * beyond that the rate is missing and the amount stays unconverted, which the report says. Remembers which
 * rates it used and which were missing. One report's queries may convert side by side, so what it remembers
 * is kept thread-safe; the reference rates of a currency are read once, when first needed.
 */
public final class ExchangeRates {

    /** How far back the latest earlier rate may lie: a long holiday weekend, not a stale rate. */
    public static final int DAYS_BACK = 7;

    static final String ECB = "ECB";
    static final String YOURS = "UPLOADED";
    private static final String EURO = "EUR";

    /**
     * A rate a report used: one unit of currency was worth rate units of the base currency, by the rate of
     * date, from source (ECB or UPLOADED).
     */
    public record UsedRate(String currency, LocalDate date, BigDecimal rate, String source) {}

    /** Amounts in currency on date could not be converted: they are shown unconverted, never as zero. */
    public record MissingRate(String currency, LocalDate date) {}

    private final String baseCurrency;
    private final Map<String, NavigableMap<LocalDate, BigDecimal>> uploaded;
    private final Function<String, NavigableMap<LocalDate, BigDecimal>> referenceOf;
    private final Map<String, NavigableMap<LocalDate, BigDecimal>> reference = new ConcurrentHashMap<>();
    private final Set<UsedRate> used = Collections.synchronizedSet(
            new TreeSet<>(Comparator.comparing(UsedRate::currency).thenComparing(UsedRate::date)));
    private final Set<MissingRate> missing = Collections.synchronizedSet(
            new TreeSet<>(Comparator.comparing(MissingRate::currency).thenComparing(MissingRate::date)));

    /**
     * @param uploaded the user's own rates by currency and day, in the base currency
     * @param referenceOf the ECB's rates of a currency by day, in units per euro (asked once per currency)
     */
    ExchangeRates(
            String baseCurrency,
            Map<String, NavigableMap<LocalDate, BigDecimal>> uploaded,
            Function<String, NavigableMap<LocalDate, BigDecimal>> referenceOf) {
        this.baseCurrency = baseCurrency;
        this.uploaded = uploaded;
        this.referenceOf = referenceOf;
    }

    public String baseCurrency() {
        return baseCurrency;
    }

    /** @return the amount in the base currency, or null when there is no rate for it */
    public BigDecimal toBase(String currency, LocalDate date, BigDecimal amount) {
        if (currency == null || currency.isBlank() || currency.equalsIgnoreCase(baseCurrency)) {
            return amount;
        }
        Optional<UsedRate> rate = rate(currency, date);
        if (rate.isEmpty()) {
            missing.add(new MissingRate(currency, date));
            return null;
        }
        used.add(rate.get());
        return amount.multiply(rate.get().rate()).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** What one unit of currency was worth in the base currency on day, or empty when no rate is near enough. */
    Optional<UsedRate> rate(String currency, LocalDate day) {
        Map.Entry<LocalDate, BigDecimal> own = near(uploaded.get(currency), day);
        if (own != null) {
            return Optional.of(new UsedRate(currency, own.getKey(), own.getValue(), YOURS));
        }
        Map.Entry<LocalDate, BigDecimal> perEuro = perEuro(currency, day);
        Map.Entry<LocalDate, BigDecimal> basePerEuro = perEuro(baseCurrency, day);
        if (perEuro == null || basePerEuro == null) {
            return Optional.empty();
        }
        LocalDate of = perEuro.getKey().isBefore(basePerEuro.getKey()) ? perEuro.getKey() : basePerEuro.getKey();
        return Optional.of(new UsedRate(
                currency, of, basePerEuro.getValue().divide(perEuro.getValue(), MathContext.DECIMAL64), ECB));
    }

    private Map.Entry<LocalDate, BigDecimal> perEuro(String currency, LocalDate day) {
        if (currency.equals(EURO)) {
            return Map.entry(day, BigDecimal.ONE);
        }
        return near(reference.computeIfAbsent(currency, referenceOf), day);
    }

    /** The rate of day, or of the latest earlier day at most {@link #DAYS_BACK} days before. */
    private static Map.Entry<LocalDate, BigDecimal> near(NavigableMap<LocalDate, BigDecimal> rates, LocalDate day) {
        if (rates == null) {
            return null;
        }
        Map.Entry<LocalDate, BigDecimal> rate = rates.floorEntry(day);
        return rate == null || rate.getKey().isBefore(day.minusDays(DAYS_BACK)) ? null : rate;
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
