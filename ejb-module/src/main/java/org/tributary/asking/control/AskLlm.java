package org.tributary.asking.control;

import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * The optional language model for questions the offline reader does not understand (decision 51): off unless
 * {@code TRIBUTARY_LLM_BASE_URL} names an OpenAI-compatible endpoint and {@code TRIBUTARY_LLM_ASK=true}. Every call
 * is bounded, retried once, broken off while the endpoint keeps failing, and falls back to no answer (the caller
 * then answers honestly what it can). Questions and answers are never logged.
 */
@ApplicationScoped
public class AskLlm {

    private static final Logger LOG = Logger.getLogger(AskLlm.class.getName());

    @Inject
    @ConfigProperty(name = "tributary.llm.base-url")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "tributary.llm.ask", defaultValue = "false")
    boolean ask;

    @Inject
    @ConfigProperty(name = "tributary.llm.model", defaultValue = "llama3.1:8b")
    String modelName;

    @Inject
    @ConfigProperty(name = "tributary.llm.api-key")
    Optional<String> apiKey;

    /** For one HTTP request; a person waits for up to a few of them. */
    @Inject
    @ConfigProperty(name = "tributary.llm.ask-timeout", defaultValue = "PT10S")
    Duration timeout;

    private ChatModel model;

    @PostConstruct
    void connect() {
        if (ask && baseUrl.isPresent() && !baseUrl.get().isBlank()) {
            model = OpenAiChatModel.builder()
                    .httpClientBuilder(JdkHttpClient.builder()
                            .httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1))
                            .connectTimeout(timeout)
                            .readTimeout(timeout))
                    .baseUrl(baseUrl.get().strip())
                    .apiKey(apiKey.filter(k -> !k.isBlank()).orElse(null))
                    .modelName(modelName)
                    .temperature(0.0)
                    .timeout(timeout)
                    .maxRetries(0)
                    .logRequests(false)
                    .logResponses(false)
                    .build();
            LOG.info(() -> "Answering questions the offline reader does not understand with " + modelName);
        }
    }

    public boolean enabled() {
        return model != null;
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = 1,
            delay = 200,
            delayUnit = ChronoUnit.MILLIS,
            abortOn = {NonRetriableException.class, CircuitBreakerOpenException.class, IllegalArgumentException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 60, delayUnit = ChronoUnit.SECONDS)
    @Bulkhead(4)
    @Fallback(fallbackMethod = "noAnswer")
    public Optional<Answer> answer(String question, Locale language, LocalDate today, AskTools tools) {
        if (model == null) {
            return Optional.empty();
        }
        return AskConversation.run(model, question, language, today, tools);
    }

    public Optional<Answer> noAnswer(String question, Locale language, LocalDate today, AskTools tools) {
        return Optional.empty();
    }
}
