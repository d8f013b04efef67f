package org.tributary.reporting.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tributary.platform.control.ApplicationMetrics;

/**
 * The answers of this server's recent reports, each kept under everything it was computed from (decision 49): the
 * user, the user's {@link org.tributary.analytics.control.ReportStamps stamp}, base currency and today's date, the
 * report and its parameters. A ledger that has not changed is answered again without asking ClickHouse. The cache
 * holds at most a configured number of rows over all answers, least recently used out first, and nothing longer
 * than {@link #KEPT}; answers are records of immutable values, shared by whoever asks.
 */
@ApplicationScoped
public class ReportAnswerCache {

    /** How long an answer is kept at most: what no stamp covers (none known) is never older than this. */
    static final Duration KEPT = Duration.ofMinutes(10);

    @Inject
    @ConfigProperty(name = "tributary.reports.cache-rows", defaultValue = "200000")
    long rows;

    @Inject
    ApplicationMetrics metrics;

    private Cache<Key, Object> answers;

    /** Everything an answer was computed from. */
    record Key(UUID userId, long stamp, String baseCurrency, LocalDate today, String report, List<Object> parameters) {}

    @PostConstruct
    void create() {
        answers = Caffeine.newBuilder()
                .maximumWeight(Math.max(rows, 0))
                .weigher((Key key, Object answer) -> AnswerSize.rows(answer))
                .expireAfterWrite(KEPT)
                .build();
    }

    boolean enabled() {
        return rows > 0;
    }

    /** The answer kept under the key, or the one computed now (which is kept; a failure is not). */
    Object answer(Key key, Callable<Object> compute) throws Exception {
        Object kept = answers.getIfPresent(key);
        metrics.reportCache(key.report(), kept != null);
        if (kept != null) {
            return kept;
        }
        Object computed = compute.call();
        if (computed != null) {
            answers.put(key, computed);
        }
        return computed;
    }
}
