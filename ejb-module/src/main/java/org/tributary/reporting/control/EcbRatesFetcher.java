package org.tributary.reporting.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fetches the ECB's reference rates on working days after the ECB publishes them (about 16:00 CET), and once
 * a minute after start: the daily file when the rates held are recent, else the history, which fills any
 * gap. Every node runs its own timer (not persistent): a rate stored twice is stored once
 * ({@link ReferenceRates}), so two nodes fetching at once are correct, only redundant. A failure is logged
 * and tried again at the next time; the reports meanwhile use the rates held, up to
 * {@link ExchangeRates#DAYS_BACK} days old, and show what they cannot convert.
 */
@Singleton
@Startup
@DependsOn("BundledReferenceRates")
@TransactionManagement(TransactionManagementType.BEAN)
public class EcbRatesFetcher {

    /** The daily file suffices while the newest rate held is at most this many days old. */
    static final int DAILY_IS_ENOUGH_DAYS = 3;

    private static final Logger LOG = Logger.getLogger(EcbRatesFetcher.class.getName());

    @Inject
    @ConfigProperty(name = "tributary.ecb.fetch", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(
            name = "tributary.ecb.rates-url",
            defaultValue = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml")
    String ratesUrl;

    @Inject
    @ConfigProperty(
            name = "tributary.ecb.history-url",
            defaultValue = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip")
    String historyUrl;

    @Inject
    EcbClient client;

    @Inject
    ReferenceRates rates;

    @Resource
    TimerService timers;

    @PostConstruct
    void soonAfterStart() {
        if (enabled) {
            timers.createSingleActionTimer(60_000, new TimerConfig("ecb-rates-after-start", false));
        }
    }

    @Timeout
    void afterStart() {
        fetch();
    }

    @Schedule(dayOfWeek = "Mon-Fri", hour = "16,17", minute = "30", timezone = "Europe/Berlin", persistent = false)
    void fetch() {
        if (!enabled) {
            return;
        }
        boolean recent = rates.newestDay()
                .map(day -> !day.isBefore(LocalDate.now().minusDays(DAILY_IS_ENOUGH_DAYS)))
                .orElse(false);
        URI address = URI.create((recent ? ratesUrl : historyUrl).strip());
        try {
            int stored = rates.store(new ByteArrayInputStream(client.download(address)));
            LOG.info(() -> "Fetched " + stored + " ECB reference rates from " + address);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Cannot fetch the ECB reference rates from " + address + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
