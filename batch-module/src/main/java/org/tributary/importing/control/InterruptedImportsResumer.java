package org.tributary.importing.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tributary.platform.control.Resources;

/**
 * After the server starts, takes up the imports a crash interrupted: a run still RUNNING has no live job
 * (one server runs the jobs), so its job execution is restarted from its last checkpoint, and a run
 * claimed before its job started goes back on the queue. A restarted chunk writes nothing twice: the
 * ledger is keyed by fingerprint and the raw records by record number. Each taking-up is counted in the
 * run's row; past TRIBUTARY_IMPORT_MAX_RESUMES (3) the run fails with {@code not-resumed} instead.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InterruptedImportsResumer {

    private static final Logger LOG = Logger.getLogger(InterruptedImportsResumer.class.getName());

    @Resource
    TimerService timers;

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @Inject
    ImportRuns runs;

    @Inject
    ImportQueue queue;

    /** How often an interrupted run is taken up again before it is given up. */
    @Inject
    @ConfigProperty(name = "tributary.import.max-resumes", defaultValue = "3")
    int maxResumes;

    /** Runs started after this belong to this server's own, live jobs. */
    private Timestamp serverStart;

    @PostConstruct
    void scheduleOnStart() {
        serverStart = Timestamp.from(Instant.now());
        // Not in @PostConstruct itself: the batch runtime and the MDBs are ready once deployment is over.
        timers.createSingleActionTimer(2_000, new TimerConfig(null, false));
    }

    @Timeout
    void resumeInterrupted() {
        interruptedRuns().forEach((importId, execution) -> {
            try {
                int attempts = runs.countResumeAttempt(importId);
                if (attempts > maxResumes) {
                    // A run that took the server down with it every time would otherwise come back on every
                    // boot and hold a large-import turn each time.
                    runs.failIfUnfinished(importId, ImportFailure.givenUp(attempts - 1));
                    LOG.warning(() -> "import " + importId + " was interrupted " + (attempts - 1)
                            + " times after being resumed; given up (not-resumed)");
                } else if (execution == null) {
                    runs.release(importId);
                    queue.request(importId);
                    LOG.info(() -> "import " + importId + " was claimed but never started; queued again");
                } else {
                    resume(importId, execution);
                }
            } catch (RuntimeException e) {
                runs.failIfUnfinished(importId, ImportFailure.notResumed(e));
            }
        });
    }

    private void resume(UUID importId, long execution) {
        JobOperator operator = BatchRuntime.getJobOperator();
        if (operator.getJobExecution(execution).getBatchStatus() == BatchStatus.COMPLETED) {
            runs.complete(importId);
            return;
        }
        Properties parameters = new Properties();
        parameters.setProperty("importId", importId.toString());
        parameters.setProperty("jberet.restart.mode", "force");
        long restarted = operator.restart(execution, parameters);
        runs.resumedAs(importId, restarted);
        LOG.info(() -> "import " + importId + " resumed from its last checkpoint (job execution " + execution + " → "
                + restarted + ")");
    }

    private Map<UUID, Long> interruptedRuns() {
        Map<UUID, Long> interrupted = new LinkedHashMap<>();
        try (Connection connection = ledger.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select id, job_execution_id from import_runs where status = 'RUNNING' and started_at < ?"
                                + " order by started_at")) {
            query.setTimestamp(1, serverStart);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long execution = rows.getLong(2);
                    interrupted.put(rows.getObject(1, UUID.class), rows.wasNull() ? null : execution);
                }
            }
        } catch (SQLException e) {
            LOG.warning(() -> "cannot look for interrupted imports: " + e.getMessage());
        }
        return interrupted;
    }
}
