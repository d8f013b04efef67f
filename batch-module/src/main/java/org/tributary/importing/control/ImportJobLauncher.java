package org.tributary.importing.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.UUID;
import org.tributary.platform.control.ThisNode;

/** Starts the {@code import} job for a run, once: a redelivered request for a claimed run does nothing. */
@ApplicationScoped
public class ImportJobLauncher {

    static final String JOB = "import";

    @Inject
    ImportRuns runs;

    @Inject
    ThisNode node;

    @Inject
    RunsHere here;

    public void launch(UUID importId) {
        boolean taken = here.take(importId);
        boolean started = false;
        try {
            if (!runs.claim(importId, node)) {
                if (taken) {
                    here.letGo(importId);
                }
                return;
            }
            JobOperator operator = BatchRuntime.getJobOperator();
            Properties parameters = new Properties();
            parameters.setProperty("importId", importId.toString());
            long execution = operator.start(JOB, parameters);
            started = true;
            runs.attachJob(importId, execution);
        } catch (RuntimeException e) {
            if (!started) {
                here.letGo(importId);
            }
            throw e;
        }
    }
}
