package org.tributary.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.reporting.control.EcbRatesFileTest.rate;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled history: the ECB's whole eurofxref-hist.zip, ending on the day the loader checks for. */
class BundledReferenceRatesTest {

    @Test
    void holdsTheEcbHistoryFrom1999ToItsNewestDay() throws IOException {
        List<ReferenceRate> rates = new ArrayList<>();
        try (InputStream bundle = BundledReferenceRates.open()) {
            EcbRatesFile.read(bundle, rates::add);
        }

        assertThat(rates.stream().map(ReferenceRate::day).max(LocalDate::compareTo))
                .contains(BundledReferenceRates.NEWEST);
        assertThat(rates.stream().map(ReferenceRate::day).min(LocalDate::compareTo))
                .contains(LocalDate.of(1999, 1, 4));
        assertThat(rates)
                .contains(
                        rate("USD", "2026-03-10", "1.1641"),
                        rate("CHF", "2026-03-10", "0.9027"),
                        rate("USD", "2024-09-26", "1.1155"),
                        rate("USD", "1999-01-04", "1.1789"))
                .hasSizeGreaterThan(150_000);
    }
}
