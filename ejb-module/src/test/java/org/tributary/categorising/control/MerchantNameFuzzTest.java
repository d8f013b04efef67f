package org.tributary.categorising.control;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.tributary.fuzz.FuzzBudget;

/**
 * The merchant cleaner over any counterparty and description (decision 43, docs/fuzzing.md): it always answers a
 * name, never throws, in time and memory bounded by its input. The input is the counterparty, a line feed, and
 * the description (either may be empty), so that the seeds are the corpus's own lines.
 */
class MerchantNameFuzzTest {

    @FuzzTest
    void merchantName(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String counterparty = newline < 0 ? "" : text.substring(0, newline);
        String description = newline < 0 ? text : text.substring(newline + 1);
        FuzzBudget.check("merchant-name", input.length, () -> {
            if (MerchantName.of(counterparty, description) == null) {
                throw new AssertionError("no name at all");
            }
        });
    }
}
