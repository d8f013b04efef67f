package org.tributary.categorising.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints what the fast layers cost on the import path: over a CSV of {@code bench/generate-csv.py} (one thread,
 * three rounds, wall and CPU time), the time to name every row's merchant, and to name it and run {@link
 * InlineCategoriser}, one instance per round as one import has. Measures, asserts nothing of the figures. On
 * demand: {@code -Dtributary.measure-csv=/tmp/1m.csv}.
 */
@EnabledIfSystemProperty(named = "tributary.measure-csv", matches = ".+")
class InlineCategoriserMeasurementTest {

    @Test
    void measuresNamesAndFastLayersPerMillionRows() throws IOException {
        List<String> descriptions;
        try (var lines = Files.lines(Path.of(System.getProperty("tributary.measure-csv")), StandardCharsets.UTF_8)) {
            descriptions = lines.skip(1).map(line -> line.split(";", -1)[2]).toList();
        }
        new InlineCategoriser(UserRules.NONE).categorise(new Descriptor("Rewe", "REWE", -1)); // loads the indexes
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 3; round++) {
            long startedCpu = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            int named = 0;
            for (String description : descriptions) {
                named += MerchantName.of(null, description).length();
            }
            long names = System.nanoTime();
            long namesCpu = threads.getCurrentThreadCpuTime();
            InlineCategoriser layers = new InlineCategoriser(UserRules.NONE);
            int found = 0;
            for (String description : descriptions) {
                String merchant = MerchantName.of(null, description);
                found += layers.suggest(new Descriptor(merchant, description, -1))
                                .isPresent()
                        ? 1
                        : 0;
            }
            long done = System.nanoTime();
            long doneCpu = threads.getCurrentThreadCpuTime();
            System.out.printf(
                    "round %d, %d rows: names %d ms (CPU %d ms), names and fast layers %d ms (CPU %d ms),"
                            + " %d categorised%n",
                    round,
                    descriptions.size(),
                    (names - started) / 1_000_000,
                    (namesCpu - startedCpu) / 1_000_000,
                    (done - names) / 1_000_000,
                    (doneCpu - namesCpu) / 1_000_000,
                    found);
            assertThat(named).isPositive();
        }
    }
}
