package org.tributary.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Cross rates via the euro, the latest earlier business day (at most a week back), uploaded rates first. */
class ExchangeRatesTest {

    // The ECB's reference rates (units per euro) of Tuesday 10 and Friday 13 March 2026, from the bundle.
    private static final Map<String, NavigableMap<LocalDate, BigDecimal>> ECB = Map.of(
            "USD", rates("2026-03-10", "1.1641", "2026-03-13", "1.1476"),
            "CHF", rates("2026-03-10", "0.9027", "2026-03-13", "0.9034"));

    private final List<String> asked = new ArrayList<>();

    private ExchangeRates in(String base, Map<String, NavigableMap<LocalDate, BigDecimal>> uploaded) {
        return new ExchangeRates(base, uploaded, currency -> {
            asked.add(currency);
            return ECB.getOrDefault(currency, new TreeMap<>());
        });
    }

    @Test
    void convertsIntoTheEuroWithTheEcbRateOfTheDay() {
        ExchangeRates rates = in("EUR", Map.of());

        assertThat(rates.toBase("USD", day("2026-03-10"), new BigDecimal("-116.41")))
                .isEqualByComparingTo("-100.00");
        assertThat(rates.toBase("CHF", day("2026-03-10"), new BigDecimal("90.27")))
                .isEqualByComparingTo("100.00");
        assertThat(rates.used()).extracting(ExchangeRates.UsedRate::source).containsOnly(ExchangeRates.ECB);
    }

    @Test
    void crossesTwoForeignCurrenciesViaTheEuro() {
        ExchangeRates rates = in("USD", Map.of());

        // one CHF in USD = (USD per euro) / (CHF per euro) = 1.1641 / 0.9027
        assertThat(rates.rate("CHF", day("2026-03-10")).orElseThrow().rate())
                .isEqualByComparingTo(
                        new BigDecimal("1.1641").divide(new BigDecimal("0.9027"), java.math.MathContext.DECIMAL64));
        assertThat(rates.toBase("CHF", day("2026-03-10"), new BigDecimal("90.27")))
                .isEqualByComparingTo("116.41");
        // the euro into a foreign base: its rate per euro
        assertThat(rates.toBase("EUR", day("2026-03-10"), new BigDecimal("100.00")))
                .isEqualByComparingTo("116.41");
        assertThat(rates.toBase("USD", day("2026-03-10"), new BigDecimal("7.00")))
                .isEqualByComparingTo("7.00");
    }

    @Test
    void aDayWithoutARateTakesTheLatestEarlierBusinessDay() {
        ExchangeRates rates = in("EUR", Map.of());

        // Saturday and Sunday take Friday's rate; the Monday after next still takes it (seven days back)
        assertThat(rates.toBase("USD", day("2026-03-14"), new BigDecimal("114.76")))
                .isEqualByComparingTo("100.00");
        assertThat(rates.toBase("USD", day("2026-03-15"), new BigDecimal("114.76")))
                .isEqualByComparingTo("100.00");
        assertThat(rates.toBase("USD", day("2026-03-20"), new BigDecimal("114.76")))
                .isEqualByComparingTo("100.00");
        assertThat(rates.used()).extracting(ExchangeRates.UsedRate::date).containsOnly(day("2026-03-13"));
        assertThat(rates.missing()).isEmpty();
    }

    @Test
    void moreThanAWeekWithoutARateIsMissingNotZero() {
        ExchangeRates rates = in("EUR", Map.of());

        assertThat(rates.toBase("USD", day("2026-03-21"), new BigDecimal("10.00")))
                .isNull();
        assertThat(rates.toBase("USD", day("2026-03-09"), new BigDecimal("10.00")))
                .isNull();
        assertThat(rates.toBase("VND", day("2026-03-10"), new BigDecimal("250000")))
                .isNull();
        assertThat(rates.missing())
                .containsExactly(
                        new ExchangeRates.MissingRate("USD", day("2026-03-09")),
                        new ExchangeRates.MissingRate("USD", day("2026-03-21")),
                        new ExchangeRates.MissingRate("VND", day("2026-03-10")));
    }

    @Test
    void aForeignBaseWithoutARateLeavesEvenTheEuroUnconverted() {
        ExchangeRates rates = in("VND", Map.of());

        assertThat(rates.toBase("EUR", day("2026-03-10"), new BigDecimal("10.00")))
                .isNull();
    }

    @Test
    void theUsersUploadedRatesWinWhereTheyGiveOne() {
        ExchangeRates rates = in("EUR", Map.of("USD", rates("2026-03-12", "0.80")));

        assertThat(rates.toBase("USD", day("2026-03-13"), new BigDecimal("10.00")))
                .isEqualByComparingTo("8.00");
        // more than a week after the uploaded rate: the ECB's
        assertThat(rates.toBase("USD", day("2026-03-20"), new BigDecimal("114.76")))
                .isEqualByComparingTo("100.00");
        assertThat(rates.used())
                .extracting(ExchangeRates.UsedRate::source)
                .containsExactly(ExchangeRates.YOURS, ExchangeRates.ECB);
    }

    @Test
    void readsTheReferenceRatesOfACurrencyOnce() {
        ExchangeRates rates = in("EUR", Map.of());

        for (int i = 0; i < 3; i++) {
            rates.toBase("USD", day("2026-03-10"), BigDecimal.ONE);
        }
        assertThat(asked).containsExactly("USD");
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static NavigableMap<LocalDate, BigDecimal> rates(String... dayAndRate) {
        NavigableMap<LocalDate, BigDecimal> rates = new TreeMap<>();
        for (int i = 0; i < dayAndRate.length; i += 2) {
            rates.put(LocalDate.parse(dayAndRate[i]), new BigDecimal(dayAndRate[i + 1]));
        }
        return rates;
    }
}
