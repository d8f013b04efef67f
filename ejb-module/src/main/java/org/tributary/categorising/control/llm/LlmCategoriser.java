package org.tributary.categorising.control.llm;

import dev.langchain4j.exception.NonRetriableException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.tributary.categorising.control.Descriptor;
import org.tributary.categorising.control.Suggestion;

/**
 * The optional language-model layer, below rules, brands and the embedding model: off unless
 * {@code TRIBUTARY_LLM_BASE_URL} names an endpoint. It is asked only about transactions the lower layers are
 * unsure of ({@link #wants}), in batches of at most {@link #maxDescriptorsPerRequest()}.
 *
 * <p>Every call crosses the network, so it is bounded and retried by MicroProfile Fault Tolerance. The values
 * below are defaults; each can be overridden by configuration as
 * {@code org.tributary.categorising.control.llm.LlmCategoriser/categorise/<Annotation>/<parameter>}, e.g.
 * {@code .../categorise/Timeout/value=60} (in the annotation's unit, seconds, unless {@code Timeout/unit} is set
 * too) or {@code .../categorise/Retry/maxRetries=0}; as environment variables the same names with every character
 * that is not a letter or digit as {@code _}, upper-cased, e.g.
 * {@code ORG_TRIBUTARY_CATEGORISING_CONTROL_LLM_LLMCATEGORISER_CATEGORISE_TIMEOUT_VALUE=60}. The table is in
 * {@code docs/decisions/0022-llm-categorisation.md}.
 * The HTTP timeout ({@code TRIBUTARY_LLM_TIMEOUT}) should stay below the {@code @Timeout}, so that a slow
 * answer ends as a clean HTTP timeout rather than an interrupted thread.
 */
@ApplicationScoped
public class LlmCategoriser {

    private static final Logger LOG = Logger.getLogger(LlmCategoriser.class.getName());

    @Inject
    @ConfigProperty(name = "tributary.llm.base-url")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "tributary.llm.model", defaultValue = "llama3.1:8b")
    String model;

    /** Never logged; {@link LlmSettings#toString()} leaves it out. */
    @Inject
    @ConfigProperty(name = "tributary.llm.api-key")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "tributary.llm.timeout", defaultValue = "PT20S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "tributary.llm.ask-below-confidence", defaultValue = "0.6")
    double askBelowConfidence;

    @Inject
    @ConfigProperty(name = "tributary.llm.max-descriptors-per-request", defaultValue = "20")
    int maxDescriptorsPerRequest;

    @Inject
    @ConfigProperty(name = "tributary.llm.response-format", defaultValue = "json_schema")
    String responseFormat;

    private LlmClient client;

    @PostConstruct
    void connect() {
        if (baseUrl.isPresent() && !baseUrl.get().isBlank()) {
            LlmSettings settings = new LlmSettings(
                    baseUrl.get().strip(),
                    model,
                    apiKey,
                    timeout,
                    askBelowConfidence,
                    maxDescriptorsPerRequest,
                    LlmResponseFormat.parse(responseFormat));
            client = new LlmClient(settings);
            LOG.info(() -> "Categorising with a language model: " + settings);
        }
    }

    /** Whether an endpoint is configured; when not, {@link #categorise} answers nothing and sends nothing. */
    public boolean enabled() {
        return client != null;
    }

    /** Whether a transaction whose lower layers answered this should be asked about. */
    public boolean wants(Optional<Suggestion> lowerLayers) {
        return enabled()
                && lowerLayers.map(s -> s.confidence() < askBelowConfidence).orElse(true);
    }

    public int maxDescriptorsPerRequest() {
        return maxDescriptorsPerRequest;
    }

    /**
     * One chat request for up to {@link #maxDescriptorsPerRequest()} descriptors (more is a programming error,
     * thrown as {@link IllegalArgumentException}, neither retried nor hidden by the fallback).
     *
     * @return the model's answers by the descriptor's position in the list; empty when the layer is off, the
     *     model knew nothing, or the endpoint failed after the retries
     */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = 2,
            delay = 1,
            delayUnit = ChronoUnit.SECONDS,
            jitter = 500,
            jitterDelayUnit = ChronoUnit.MILLIS,
            maxDuration = 100,
            durationUnit = ChronoUnit.SECONDS,
            abortOn = {NonRetriableException.class, CircuitBreakerOpenException.class, IllegalArgumentException.class})
    @CircuitBreaker(
            requestVolumeThreshold = 4,
            failureRatio = 0.75,
            delay = 60,
            delayUnit = ChronoUnit.SECONDS,
            successThreshold = 1,
            skipOn = IllegalArgumentException.class)
    @Bulkhead(2)
    @Fallback(fallbackMethod = "answerNothing", skipOn = IllegalArgumentException.class)
    public Map<Integer, Suggestion> categorise(List<Descriptor> descriptors) {
        if (client == null || descriptors.isEmpty()) {
            return Map.of();
        }
        return client.categorise(descriptors);
    }

    /**
     * The fallback is "no answer", not an error: the language model only improves on what the lower layers
     * already found, and their answer (or "Uncategorised") is a valid state of the ledger, which the user or a
     * later re-categorisation can change. An unreachable, slow or misconfigured endpoint must therefore never
     * fail an import, hold up the queue or send its message to the dead-letter queue; the Fault Tolerance
     * metrics and the log show that the layer is failing.
     */
    Map<Integer, Suggestion> answerNothing(List<Descriptor> descriptors) {
        LOG.warning(() -> "The language model did not answer for " + descriptors.size()
                + " descriptors; the lower layers' categories stand");
        return Map.of();
    }
}
