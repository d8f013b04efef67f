package org.tributary.categorising.control.brands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Prints what the brand index costs: load time, heap, lookups per second. Measures, asserts nothing of them. */
class BrandIndexMeasurementTest {

    private static final List<String> DESCRIPTORS = List.of(
            "TESCO STORES 3217 LONDON GB",
            "CARD PAYMENT TO JOHN SMITH REF 123456",
            "KARTENZAHLUNG EDEKA CENTER 1234 BERLIN",
            "ПЯТЁРОЧКА 1234 МОСКВА",
            "UNKNOWN LOCAL SHOP 99 SOMEWHERE",
            "SQ *BLUE BOTTLE COFFEE OAKLAND CA",
            "SEPA LASTSCHRIFT VERSICHERUNG 2025 12 01",
            "ACQUISTO MIGROS M ARBEDO-CAST");

    @Test
    void measuresLoadHeapAndThroughput() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long started = System.nanoTime();
        BrandIndex index = BrandIndex.load();
        long loaded = System.nanoTime();
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();

        int lookups = 100_000;
        int found = 0;
        for (int i = 0; i < lookups; i++) {
            found += index.find(DESCRIPTORS.get(i % DESCRIPTORS.size())).isPresent() ? 1 : 0;
        }
        long done = System.nanoTime();

        System.out.printf(
                "brand index: %d names, loaded in %d ms, about %d MB of heap; %d lookups in %d ms (%.0f/s), %d found%n",
                index.size(),
                (loaded - started) / 1_000_000,
                (after - before) / (1024 * 1024),
                lookups,
                (done - loaded) / 1_000_000,
                lookups / ((done - loaded) / 1e9),
                found);
        assertThat(index.size()).isPositive();
    }
}
