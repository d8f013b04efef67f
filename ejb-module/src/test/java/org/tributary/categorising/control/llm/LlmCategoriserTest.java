package org.tributary.categorising.control.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tributary.categorising.control.CategorisedBy;
import org.tributary.categorising.control.CategoryReason;
import org.tributary.categorising.control.Descriptor;
import org.tributary.categorising.control.Suggestion;

/** Without a container: the configuration and the off switch. Fault Tolerance itself is the server's. */
class LlmCategoriserTest {

    static LlmCategoriser configured(Optional<String> baseUrl) {
        LlmCategoriser categoriser = new LlmCategoriser();
        categoriser.baseUrl = baseUrl;
        categoriser.model = "m";
        categoriser.apiKey = Optional.of("sk-secret");
        categoriser.timeout = Duration.ofSeconds(1);
        categoriser.askBelowConfidence = 0.6;
        categoriser.maxDescriptorsPerRequest = 20;
        categoriser.responseFormat = "json_schema";
        categoriser.connect();
        return categoriser;
    }

    @Test
    void withoutABaseUrlTheLayerIsOffAndAsksNothing() {
        for (Optional<String> off : List.of(Optional.<String>empty(), Optional.of(" "))) {
            LlmCategoriser categoriser = configured(off);

            assertThat(categoriser.enabled()).isFalse();
            assertThat(categoriser.wants(Optional.empty())).isFalse();
            assertThat(categoriser.categorise(List.of(new Descriptor("Migros", "", -1))))
                    .isEmpty();
        }
    }

    @Test
    void whenOnItAsksOnlyAboutWhatTheLowerLayersAreUnsureOf() {
        LlmCategoriser categoriser = configured(Optional.of("http://127.0.0.1:9/v1"));

        assertThat(categoriser.enabled()).isTrue();
        assertThat(categoriser.wants(Optional.empty())).isTrue();
        assertThat(categoriser.wants(Optional.of(suggestion(0.59)))).isTrue();
        assertThat(categoriser.wants(Optional.of(suggestion(0.6)))).isFalse();
        assertThat(categoriser.answerNothing(List.of(new Descriptor("x", "", -1))))
                .isEmpty();
    }

    @Test
    void theSettingsNeverShowTheApiKey() {
        LlmSettings settings = new LlmSettings(
                "http://localhost:11434/v1", "m", Optional.of("sk-secret"), Duration.ofSeconds(1), 0.6, 20, null);

        assertThat(settings.toString()).doesNotContain("sk-secret").contains("apiKey=(set)");
        assertThat(settings.responseFormat()).isEqualTo(LlmResponseFormat.JSON_SCHEMA);
        assertThat(LlmResponseFormat.parse("json-object")).isEqualTo(LlmResponseFormat.JSON_OBJECT);
        assertThatThrownBy(() -> LlmResponseFormat.parse("yaml")).isInstanceOf(IllegalArgumentException.class);
    }

    static Suggestion suggestion(double confidence) {
        return new Suggestion("groceries", CategorisedBy.MODEL, confidence, CategoryReason.DESCRIPTION);
    }
}
