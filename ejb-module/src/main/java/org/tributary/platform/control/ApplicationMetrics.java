package org.tributary.platform.control;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The application's own figures, served with the server's in Prometheus text at {@code /prometheus} on the
 * management interface (docs/operations.md, "Metrics"): imports and their rows, report latency, and account
 * events such as failed sign-ins. Every meter's name and tags are written here and nowhere else.
 *
 * <p>The registry is WildFly's (the micrometer subsystem). It passes on only meters made through its own
 * methods ({@code counter(name, tags)}, {@code timer(name, tags)}): a meter built with a builder stays in a
 * registry nobody reads, and it takes no histogram settings. So report latency has its buckets as counters
 * with an {@code le} tag, cumulative as Prometheus expects, which {@code histogram_quantile} reads.
 */
@ApplicationScoped
public class ApplicationMetrics {

    /** Report latencies people notice, in seconds: the buckets the alert rules and the dashboard read. */
    private static final double[] REPORT_BUCKETS = {0.025, 0.05, 0.1, 0.3, 1, 2, 5};

    @Inject
    MeterRegistry registry;

    /** A report's bucket counters: the registry finds a meter by searching all of the server's. */
    private final Map<String, Counter[]> buckets = new ConcurrentHashMap<>();

    /** A run that ended, completed or failed, with the rows it added to the ledger. */
    public void importEnded(String format, boolean completed, int rowsImported, Duration took) {
        String outcome = completed ? "completed" : "failed";
        registry.counter("tributary.imports", Tags.of("format", tag(format), "outcome", outcome))
                .increment();
        registry.counter("tributary.imported.rows", Tags.of("format", tag(format)))
                .increment(rowsImported);
        if (took != null && !took.isNegative()) {
            registry.timer("tributary.import.duration", Tags.of("outcome", outcome))
                    .record(took);
        }
    }

    /** One report answered (or failed) after the given time. */
    public void reportAnswered(String report, long nanos) {
        registry.timer("tributary.report.duration", Tags.of("report", report)).record(nanos, TimeUnit.NANOSECONDS);
        double seconds = nanos / 1e9;
        Counter[] within = buckets.computeIfAbsent(report, this::bucketsOf);
        for (int i = 0; i < REPORT_BUCKETS.length; i++) {
            if (seconds <= REPORT_BUCKETS[i]) {
                within[i].increment();
            }
        }
        within[REPORT_BUCKETS.length].increment();
    }

    /** "Answered within le seconds", one counter a bound and +Inf, all there from a report's first answer. */
    private Counter[] bucketsOf(String report) {
        Counter[] within = new Counter[REPORT_BUCKETS.length + 1];
        for (int i = 0; i <= REPORT_BUCKETS.length; i++) {
            String le = i < REPORT_BUCKETS.length ? Double.toString(REPORT_BUCKETS[i]) : "+Inf";
            within[i] = registry.counter("tributary.report.answered", Tags.of("report", report, "le", le));
        }
        return within;
    }

    /** A report answered from the answers kept for a ledger that has not changed (hit), or computed (miss). */
    public void reportCache(String report, boolean hit) {
        registry.counter("tributary.report.cache", Tags.of("report", report, "outcome", hit ? "hit" : "miss"))
                .increment();
    }

    /** A sign-in, a failed or throttled one, a sign-up, a change to an account's security. */
    public void accountEvent(String kind) {
        registry.counter("tributary.account.events", Tags.of("kind", tag(kind))).increment();
    }

    private static String tag(String value) {
        return value == null || value.isBlank() ? "unknown" : value.toLowerCase(Locale.ROOT);
    }
}
