package org.tributary.analysis.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.UUID;
import org.tributary.analytics.control.LedgerChanged;
import org.tributary.platform.control.Resources;

/**
 * Asks the analyse-worker to look at a person's ledger again: whenever what their reports read has changed (an
 * import, a category change, cash, an undo; the message goes out in the transaction of the new stamp), and once a
 * night ({@code NightlyAnalyses}).
 */
@ApplicationScoped
public class AnalysisQueue {

    public static final String USER_ID_PROPERTY = "userId";

    @Inject
    JMSContext jms;

    @Resource(lookup = Resources.QUEUE_ML_ANALYSE)
    Queue mlAnalyse;

    void onLedgerChanged(@Observes LedgerChanged change) {
        request(change.userId(), change.stamp());
    }

    public void request(UUID userId, long stamp) {
        jms.createProducer()
                .setProperty(USER_ID_PROPERTY, userId.toString())
                .send(mlAnalyse, new AnalysisRequest(userId, stamp).toJson());
    }
}
