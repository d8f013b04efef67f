package org.tributary.categorising.control.llm;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the language model is and how it is asked: a plain value so that {@link LlmClient} can be built in a
 * unit test without a container. {@link LlmCategoriser} fills it from MicroProfile Config. The API key never
 * appears in {@link #toString()}: settings end up in log lines and exception messages.
 *
 * @param baseUrl the OpenAI-compatible endpoint up to and including {@code /v1}, e.g. Ollama's
 *     {@code http://localhost:11434/v1}
 * @param model the model's name as the endpoint knows it
 * @param apiKey sent as a bearer token when present; Ollama and llama-server need none
 * @param timeout for one HTTP request, connect and answer
 * @param askBelowConfidence a transaction goes to the model only when the lower layers are less sure than this
 * @param maxDescriptorsPerRequest how many descriptors one chat request carries at most
 * @param responseFormat how strictly the endpoint is asked for JSON
 */
public record LlmSettings(
        String baseUrl,
        String model,
        Optional<String> apiKey,
        Duration timeout,
        double askBelowConfidence,
        int maxDescriptorsPerRequest,
        LlmResponseFormat responseFormat) {

    public LlmSettings {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("the LLM layer needs a base URL");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("the LLM layer needs a model name");
        }
        apiKey = Objects.requireNonNullElse(apiKey, Optional.<String>empty()).filter(key -> !key.isBlank());
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the LLM request timeout must be positive");
        }
        if (maxDescriptorsPerRequest < 1) {
            throw new IllegalArgumentException("an LLM request carries at least one descriptor");
        }
        responseFormat = Objects.requireNonNullElse(responseFormat, LlmResponseFormat.JSON_SCHEMA);
    }

    @Override
    public String toString() {
        return "LlmSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey.isPresent() ? "(set)" : "(none)") + ", timeout=" + timeout + ", askBelowConfidence="
                + askBelowConfidence + ", maxDescriptorsPerRequest=" + maxDescriptorsPerRequest
                + ", responseFormat=" + responseFormat + "]";
    }
}
