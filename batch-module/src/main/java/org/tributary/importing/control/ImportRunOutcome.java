package org.tributary.importing.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/**
 * Marks the run FAILED when the job ends in failure, so a broken import is never silent. A failure it cannot
 * record (the database gone) leaves the run RUNNING and no longer in hand here: the resumer takes it up.
 */
@Dependent
@Named("importRunOutcome")
public class ImportRunOutcome extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String importId;

    @Inject
    ImportRuns runs;

    @Inject
    RunsHere here;

    @Override
    public void afterJob() {
        UUID run = UUID.fromString(importId);
        try {
            if (job.getBatchStatus() == BatchStatus.FAILED) {
                runs.failIfUnfinished(run, ImportFailure.jobFailed(job.getExitStatus()));
            }
        } finally {
            here.letGo(run);
        }
    }
}
