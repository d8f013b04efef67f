package org.tributary.importing.control;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/** The last step of an import: records the run as completed with its counts. */
@Dependent
@Named("completeImportRun")
public class CompleteImportRun extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    ImportRuns runs;

    @Override
    public String process() {
        runs.complete(UUID.fromString(importId));
        return BatchStatus.COMPLETED.name();
    }
}
