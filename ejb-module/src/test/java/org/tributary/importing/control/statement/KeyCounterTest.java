package org.tributary.importing.control.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyCounterTest {

    @Test
    void countsEachKeysEarlierOccurrencesAsAMapOfTheKeysWould() {
        KeyCounter counter = new KeyCounter();
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < 200_000; i++) { // past several doublings of the table
            String key = "2024-05-" + (i % 28) + "|" + (i % 1_013) + "|coffee";
            assertThat(counter.add(key)).isEqualTo(expected.merge(key, 1, Integer::sum) - 1);
        }
        assertThat(counter.size()).isEqualTo(expected.size());
    }

    @Test
    void threadsCountingAtOnceEachGetTheCountsAdded() throws Exception {
        KeyCounter counter = new KeyCounter();
        for (int i = 0; i < 10_000; i++) {
            counter.add("key " + (i % 3_000));
        }
        // As the partitions of one import ask the ids' counter side by side.
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> wrong = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                wrong.add(threads.submit(() -> {
                    int miscounted = 0;
                    for (int round = 0; round < 50; round++) {
                        for (int k = 0; k < 3_000; k++) {
                            miscounted += counter.count("key " + k) == (k < 1_000 ? 4 : 3) ? 0 : 1;
                        }
                    }
                    return miscounted;
                }));
            }
            for (java.util.concurrent.Future<Integer> thread : wrong) {
                assertThat(thread.get()).isZero();
            }
        } finally {
            threads.shutdown();
        }
    }
}
