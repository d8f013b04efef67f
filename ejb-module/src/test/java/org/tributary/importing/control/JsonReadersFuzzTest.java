package org.tributary.importing.control;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.tributary.categorising.control.CategorisationRequest;
import org.tributary.fuzz.FuzzBudget;
import org.tributary.importing.control.csv.CsvMapping;
import org.tributary.platform.control.InvalidInputException;

/**
 * The JSON we read besides bank statements (decision 43, docs/fuzzing.md; the bank JSON is {@code
 * StatementReadersFuzzTest#bankJson}): a CSV mapping from a user, and the bodies of our own queue messages, which
 * a poisoned or hand-sent message could make anything. Each answers a value or its own "not this" error.
 */
class JsonReadersFuzzTest {

    @FuzzTest
    void csvMapping(byte[] input) {
        String json = new String(input, StandardCharsets.UTF_8);
        FuzzBudget.check("csv-mapping", input.length, () -> CsvMapping.parse(json), InvalidInputException.class);
    }

    @FuzzTest
    void queueMessages(byte[] input) {
        String json = new String(input, StandardCharsets.UTF_8);
        FuzzBudget.check(
                "import-request", input.length, () -> ImportRequest.parse(json), MalformedMessageException.class);
        FuzzBudget.check(
                "categorisation-request",
                input.length,
                () -> CategorisationRequest.parse(json),
                CategorisationRequest.Malformed.class);
    }
}
