package org.tributary.importing.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tributary.platform.control.Heartbeat;
import org.tributary.platform.control.Servers;
import org.tributary.platform.control.ThisNode;

/**
 * Takes up the imports no live job runs any more, on every server sharing the database (decision 47): soon after
 * this server starts, those its own earlier run left, and every beat ({@link Heartbeat}, 20 s) those of a server
 * that stopped renewing their leases (a live server's jobs are never touched; of two servers taking one run, one
 * gets it). The job execution is restarted from its last checkpoint; a run claimed before its job started goes back
 * on the queue. Every beat this server also says it is alive, renews the leases of the runs it runs, takes up its
 * own runs whose job ended without recording how (decision 55), and sends again the requests that wait on the
 * broker of a server gone (decision 56). A restarted chunk writes nothing twice: the ledger is keyed by fingerprint and the raw
 * records by record number. Each taking-up is counted in the run's row; past TRIBUTARY_IMPORT_MAX_RESUMES (3) the
 * run fails with {@code not-resumed} instead.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InterruptedImportsResumer {

    private static final Logger LOG = Logger.getLogger(InterruptedImportsResumer.class.getName());

    /** The timer of the beat (the other one, at start, takes up what this server's earlier run left). */
    private static final String BEAT = "beat";

    @Resource
    TimerService timers;

    @Inject
    ImportRuns runs;

    @Inject
    ThisNode node;

    /** How often an interrupted run is taken up again before it is given up. */
    @Inject
    @ConfigProperty(name = "tributary.import.max-resumes", defaultValue = "3")
    int maxResumes;

    @PostConstruct
    void scheduleOnStart() {
        // Not in @PostConstruct itself: the batch runtime and the MDBs are ready once deployment is over.
        timers.createSingleActionTimer(2_000, new TimerConfig(null, false));
        long beat = Heartbeat.SECONDS * 1_000L;
        timers.createIntervalTimer(beat, beat, new TimerConfig(BEAT, false));
    }

    @Inject
    RunsHere here;

    @Inject
    Servers servers;

    @Timeout
    void onTimer(Timer timer) {
        if (BEAT.equals(timer.getInfo())) {
            renewAndTakeUp();
        } else {
            resumeInterrupted();
        }
    }

    private void renewAndTakeUp() {
        servers.beat(node);
        runs.renewLeases(node);
        resumeInterrupted();
        resumeLostHere();
        requestStrandedAgain();
    }

    /** Requests that wait on the broker of a server gone: sent again here (of two servers, one does). */
    private void requestStrandedAgain() {
        for (UUID importId : runs.stranded(node)) {
            if (runs.requestAgain(importId, node)) {
                LOG.info(() -> "import " + importId + " waited on the broker of a server gone; requested again here");
            }
        }
        for (UUID importId : runs.strandedCategorising(node)) {
            if (runs.requestCategorisingAgain(importId, node)) {
                LOG.info(() -> "import " + importId + " waited for categorising on the broker of a server gone;"
                        + " requested again here");
            }
        }
    }

    private void resumeInterrupted() {
        runs.abandoned(node).forEach((importId, execution) -> {
            if (runs.takeOver(importId, node)) { // else another server took it first
                takeUp(importId, execution);
            }
        });
    }

    /** This server's own runs whose job ended without recording how (the database was gone at that moment). */
    private void resumeLostHere() {
        runs.ownedHere(node).forEach((importId, execution) -> {
            if (here.take(importId)) { // else its job is in hand here
                if (runs.keep(importId, node)) { // else it ended after all, or another server took it
                    LOG.info(() -> "import " + importId + " lost its job on this server; taking it up");
                    takeUp(importId, execution);
                } else {
                    here.letGo(importId);
                }
            }
        });
    }

    private void takeUp(UUID importId, Long execution) {
        here.take(importId);
        boolean started = false;
        try {
            int attempts = runs.countResumeAttempt(importId);
            if (attempts > maxResumes) {
                // A run that took the server down with it every time would otherwise come back on every
                // boot and hold a large-import turn each time.
                runs.failIfUnfinished(importId, ImportFailure.givenUp(attempts - 1));
                LOG.warning(() -> "import " + importId + " was interrupted " + (attempts - 1)
                        + " times after being resumed; given up (not-resumed)");
            } else if (execution == null) {
                runs.requeue(importId);
                LOG.info(() -> "import " + importId + " was claimed but never started; queued again");
            } else {
                started = resume(importId, execution);
            }
        } catch (RuntimeException e) {
            runs.failIfUnfinished(importId, ImportFailure.notResumed(e));
        } finally {
            if (!started) {
                here.letGo(importId);
            }
        }
    }

    /** @return whether a job runs the run again (its listener then lets go of it) */
    private boolean resume(UUID importId, long execution) {
        JobOperator operator = BatchRuntime.getJobOperator();
        if (operator.getJobExecution(execution).getBatchStatus() == BatchStatus.COMPLETED) {
            runs.complete(importId);
            return false;
        }
        Properties parameters = new Properties();
        parameters.setProperty("importId", importId.toString());
        parameters.setProperty("jberet.restart.mode", "force");
        long restarted = operator.restart(execution, parameters);
        runs.resumedAs(importId, restarted);
        LOG.info(() -> "import " + importId + " resumed from its last checkpoint (job execution " + execution + " → "
                + restarted + ")");
        return true;
    }
}
