package org.tributary.categorising.control.llm;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tributary.categorising.control.Descriptor;
import org.tributary.fuzz.FuzzBudget;

/**
 * The language model's answer, which is text from outside like any upload (decision 43, docs/fuzzing.md): read
 * without a single exception, whatever it says.
 */
class LlmAnswerFuzzTest {

    private static final List<Descriptor> ASKED = List.of(
            new Descriptor("Migros", "MIGROS ZUERICH HB 4711", -1),
            new Descriptor("ACME Payroll", "SALARY MARCH", 1),
            new Descriptor("", "CARD 1234 SHELL 0815", -1));

    @FuzzTest
    void llmAnswer(byte[] input) {
        String content = new String(input, StandardCharsets.UTF_8);
        FuzzBudget.check("llm-answer", input.length, () -> LlmAnswerReader.read(content, ASKED));
    }
}
