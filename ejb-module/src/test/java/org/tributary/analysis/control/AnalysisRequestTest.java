package org.tributary.analysis.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnalysisRequestTest {

    @Test
    void readsWhatItWrites() {
        AnalysisRequest request = new AnalysisRequest(UUID.randomUUID(), 42);
        assertThat(AnalysisRequest.parse(request.toJson())).isEqualTo(request);
    }

    @Test
    void refusesAnythingElseAsMalformed() {
        for (String text : new String[] {
            null,
            "",
            "[]",
            "{\"userId\":\"not a uuid\",\"stamp\":1}",
            "{\"userId\":\"" + UUID.randomUUID() + "\"}",
            "{\"userId\":\"" + UUID.randomUUID() + "\",\"stamp\":1.5}",
            "{\"userId\":\"" + UUID.randomUUID() + "\",\"stamp\":\"1\"}",
            "x".repeat(2_000)
        }) {
            assertThatThrownBy(() -> AnalysisRequest.parse(text))
                    .as(String.valueOf(text))
                    .isInstanceOf(AnalysisRequest.Malformed.class);
        }
    }
}
