package org.tributary.analytics.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code TRIBUTARY_ANALYTICS_CATCH_UP_SECONDS} (30 s) a round of {@link AnalyticsLoader#catchUp()}: what
 * ClickHouse has not got yet, once it answers again. A round still running when the next is due makes the next
 * one skipped, not queued.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnalyticsCatchUp {

    @Resource
    TimerService timers;

    @Inject
    AnalyticsLoader loader;

    @Inject
    @ConfigProperty(name = "tributary.analytics.catch-up-seconds", defaultValue = "30")
    int seconds;

    @PostConstruct
    void schedule() {
        long every = Math.max(1, seconds) * 1_000L;
        timers.createIntervalTimer(every, every, new TimerConfig(null, false));
    }

    @Timeout
    void round() {
        loader.catchUp();
    }
}
