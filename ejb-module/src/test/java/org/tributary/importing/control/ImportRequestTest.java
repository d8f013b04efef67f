package org.tributary.importing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ImportRequestTest {

    @Test
    void survivesTheRoundTripThroughJson() {
        ImportRequest request = new ImportRequest(UUID.randomUUID());

        assertThat(ImportRequest.parse(request.toJson())).isEqualTo(request);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"not json", "[]", "{}", "{\"importId\": 7}", "{\"importId\": \"not-a-uuid\"}", " "})
    void rejectsWhatIsNotAnImportRequest(String text) {
        assertThatThrownBy(() -> ImportRequest.parse(text)).isInstanceOf(MalformedMessageException.class);
    }
}
