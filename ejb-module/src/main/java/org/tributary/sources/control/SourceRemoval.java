package org.tributary.sources.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.tributary.analytics.control.AnalyticsLoader;

/**
 * Deletes a source with its transactions: from the ledger (committed first), then from the reports'
 * ClickHouse table, so that no report counts a transaction the ledger no longer has.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SourceRemoval {

    @Inject
    Sources sources;

    @Inject
    AnalyticsLoader analytics;

    public void remove(UUID userId, UUID sourceId) {
        sources.delete(userId, sourceId);
        analytics.forgetSource(userId, sourceId);
    }
}
