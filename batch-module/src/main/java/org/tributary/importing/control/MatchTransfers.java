package org.tributary.importing.control;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.tributary.analytics.control.AnalyticsLoader;
import org.tributary.categorising.control.TransferMatcher;

/**
 * Types as TRANSFER the new rows that move money between the user's own accounts, and their other sides
 * from earlier imports, whose new version is written to ClickHouse now (or by the catch-up timer).
 */
@Dependent
@Named("matchTransfers")
public class MatchTransfers extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    ImportRuns runs;

    @Inject
    TransferMatcher matcher;

    @Inject
    AnalyticsLoader analytics;

    @Override
    public String process() {
        UUID id = UUID.fromString(importId);
        int matched = matcher.matchAfterImport(runs.context(id).userId(), id).size();
        analytics.loadStale();
        return "MATCHED " + matched;
    }
}
