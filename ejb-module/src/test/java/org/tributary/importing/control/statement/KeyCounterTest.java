package org.tributary.importing.control.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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
}
