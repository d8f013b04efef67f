package org.tributary.categorising.control.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tributary.categorising.control.Descriptor;
import org.tributary.categorising.control.Suggestion;

/**
 * Asks an OpenAI-compatible chat endpoint (OpenAI, Ollama under {@code /v1}, llama-server, vLLM, …) for the
 * categories of a batch of descriptors, in one request. A plain class, so that it is tested against a stub
 * server without a container; {@link LlmCategoriser} adds the retries, the timeout and the circuit breaker.
 *
 * <p>Exceptions come only from the transport: the endpoint unreachable, too slow, or answering with an HTTP
 * error (langchain4j's {@code RetriableException} and {@code NonRetriableException} say which may be tried
 * again). Whatever the model writes, {@link #categorise} returns the answers that pass {@link LlmAnswerReader}'s
 * checks and no exception. langchain4j's own retries are off: retrying is Fault Tolerance's job, in one place.
 * Requests and responses are never logged: they hold the user's merchants, and the request the API key.
 */
public class LlmClient {

    private final LlmSettings settings;
    private final ChatModel model;

    public LlmClient(LlmSettings settings) {
        this.settings = settings;
        this.model = OpenAiChatModel.builder()
                .httpClientBuilder(httpClient(settings))
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey().orElse(null))
                .modelName(settings.model())
                .temperature(0.0)
                .timeout(settings.timeout())
                .maxRetries(0)
                .strictJsonSchema(settings.responseFormat() == LlmResponseFormat.JSON_SCHEMA)
                .logRequests(false)
                .logResponses(false)
                .build();
    }

    /** java.net.http, no second HTTP stack; HTTP/1.1 because its h2c upgrade on plain http trips local servers. */
    private static JdkHttpClientBuilder httpClient(LlmSettings settings) {
        return JdkHttpClient.builder()
                .httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1))
                .connectTimeout(settings.timeout())
                .readTimeout(settings.timeout());
    }

    public LlmSettings settings() {
        return settings;
    }

    /**
     * @param descriptors at most {@link LlmSettings#maxDescriptorsPerRequest()}
     * @return the answers that passed the checks, by the descriptor's position in the list; those not answered
     *     are absent
     * @throws RuntimeException when the endpoint cannot be reached, times out or answers with an HTTP error
     */
    public Map<Integer, Suggestion> categorise(List<Descriptor> descriptors) {
        if (descriptors.isEmpty()) {
            return Map.of();
        }
        if (descriptors.size() > settings.maxDescriptorsPerRequest()) {
            throw new IllegalArgumentException("at most " + settings.maxDescriptorsPerRequest()
                    + " descriptors per request, not " + descriptors.size());
        }
        ChatRequest.Builder request = ChatRequest.builder()
                .messages(
                        SystemMessage.from(LlmPrompt.systemMessage()),
                        UserMessage.from(LlmPrompt.userMessage(descriptors)));
        responseFormat().ifPresent(request::responseFormat);
        ChatResponse response = model.chat(request.build());
        AiMessage message = response == null ? null : response.aiMessage();
        return LlmAnswerReader.read(message == null ? null : message.text(), descriptors);
    }

    private Optional<ResponseFormat> responseFormat() {
        return switch (settings.responseFormat()) {
            case JSON_SCHEMA ->
                Optional.of(ResponseFormat.builder()
                        .type(ResponseFormatType.JSON)
                        .jsonSchema(LlmPrompt.answerSchema())
                        .build());
            case JSON_OBJECT -> Optional.of(ResponseFormat.JSON);
            case TEXT -> Optional.empty();
        };
    }
}
