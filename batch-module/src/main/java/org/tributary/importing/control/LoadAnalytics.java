package org.tributary.importing.control;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.tributary.analytics.control.AnalyticsLoader;

/** Copies the run's new transactions to ClickHouse; when ClickHouse is away, the run completes anyway. */
@Dependent
@Named("loadAnalytics")
public class LoadAnalytics extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    AnalyticsLoader loader;

    @Override
    public String process() {
        return loader.load(UUID.fromString(importId)) ? "LOADED" : "DEFERRED";
    }
}
