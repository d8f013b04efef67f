package org.tributary.syncing.boundary;

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
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tributary.platform.control.ClusterLock;
import org.tributary.platform.control.ConflictException;
import org.tributary.platform.control.Resources;
import org.tributary.sources.entity.Source;
import org.tributary.syncing.control.BankSyncs;
import org.tributary.syncing.control.SyncRequests;

/**
 * Starts the syncs that are due ({@code TRIBUTARY_SYNC_INTERVAL} after a connection's last fetch), looking every
 * {@code TRIBUTARY_SYNC_CHECK_EVERY}. One server looks at a time; a connection already fetching is left to finish
 * (its row lock and the run under way decide, whichever server asks). A connection that needs reconnecting waits
 * for the person. A sync whose request waited on a server that stopped is asked again here (decision 56).
 */
@Singleton
@Startup
public class ScheduledSyncs {

    private static final Logger LOG = Logger.getLogger(ScheduledSyncs.class.getName());

    @Inject
    @ConfigProperty(name = "tributary.sync.check-every", defaultValue = "PT1M")
    Duration every;

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @Inject
    BankSyncs syncs;

    @Inject
    SyncRequests requests;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        long millis = Math.max(1_000, every.toMillis());
        timers.createIntervalTimer(millis, millis, new TimerConfig("scheduled-bank-syncs", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void syncWhatIsDue() throws SQLException {
        ClusterLock.ifFree(ledger, ClusterLock.Kind.SCHEDULED_SYNCS, () -> {
            syncs.endLapsedConsents();
            for (Source source : syncs.due()) {
                try {
                    syncs.sync(source.getUserId(), source.getId());
                } catch (ConflictException underWay) {
                    // fetching already: the next round looks again
                } catch (RuntimeException e) {
                    LOG.warning(() -> "scheduled sync of source " + source.getId() + " not started: " + e);
                }
            }
            for (UUID importId : requests.stranded()) {
                try {
                    if (requests.sendAgain(importId)) {
                        LOG.info(() -> "sync " + importId + " was waiting on a server gone; asked again here");
                    }
                } catch (RuntimeException e) {
                    LOG.warning(() -> "sync " + importId + " stranded on a server gone, not asked again: " + e);
                }
            }
        });
    }
}
