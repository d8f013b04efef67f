package org.tributary.importing.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tributary.categorising.control.CategorisationQueue;
import org.tributary.categorising.control.Rules;
import org.tributary.importing.control.csv.CsvMapping;
import org.tributary.importing.entity.ImportRun;
import org.tributary.platform.control.ApplicationMetrics;
import org.tributary.platform.control.GoneServers;
import org.tributary.platform.control.Heartbeat;
import org.tributary.platform.control.ThisNode;

/**
 * Moves import runs through their states. Each change commits on its own, so the status a user sees
 * never waits for the (long) job that does the work.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportRuns {

    @PersistenceContext(unitName = "tributary")
    EntityManager em;

    @Inject
    Rules rules;

    @Inject
    ApplicationMetrics metrics;

    @Inject
    ImportQueue queue;

    @Inject
    CategorisationQueue categorisation;

    private final Clock clock = Clock.systemUTC();

    /** How long a run stays its server's without a renewal: three beats (decision 47). */
    static final String LEASE = Heartbeat.THREE_BEATS;

    /** A queued run whose request waits on the broker of a server gone (parameter: this server's name). */
    public static final String REQUEST_STRANDED = "status = 'QUEUED' and requested_on is not null and requested_on <>"
            + " ? and " + GoneServers.sql("import_runs.requested_on");

    /**
     * A sync's run whose bank was not asked yet: its request is the sync's, to the provider's worker; once the
     * bank's answer is kept, the request is the import's (syncing's {@code SyncRequests}).
     */
    public static final String AWAITING_BANK =
            "fetched and not exists (select 1 from raw_file.uploads u where u.import_id = import_runs.id)";

    /** A queued run whose import request waits on the broker of a server gone (parameter: this server's name). */
    private static final String STRANDED = REQUEST_STRANDED + " and not (" + AWAITING_BANK + ")";

    /** A run whose categorising request waits on the broker of a server gone (parameter: this server's name). */
    private static final String STRANDED_CATEGORISING = "categorising and categorising_on is not null and"
            + " categorising_on <> ? and " + GoneServers.sql("import_runs.categorising_on");

    /** A run no live job runs (parameters: this server's name, its incarnation, its name again). */
    private static final String ABANDONED = "status = 'RUNNING' and ((owner_node = ? and owner_incarnation is"
            + " distinct from ?) or (owner_node is distinct from ? and (lease_until is null or lease_until < now())))";

    /**
     * @return true if this caller now owns the run; false if it was already taken (a redelivery)
     * @throws MalformedMessageException if no such run exists
     */
    public boolean claim(UUID importId, ThisNode node) {
        if (!find(importId).claim(clock.instant())) {
            return false;
        }
        em.createNativeQuery("update import_runs set owner_node = ?, owner_incarnation = ?, lease_until = now() + "
                        + LEASE + " where id = ?")
                .setParameter(1, node.name())
                .setParameter(2, node.incarnation())
                .setParameter(3, importId)
                .executeUpdate();
        return true;
    }

    /** Keeps the leases of the runs this server runs: a server that stops renewing them has stopped. */
    public int renewLeases(ThisNode node) {
        return em.createNativeQuery("update import_runs set lease_until = now() + " + LEASE
                        + " where owner_node = ? and owner_incarnation = ? and status = 'RUNNING'")
                .setParameter(1, node.name())
                .setParameter(2, node.incarnation())
                .executeUpdate();
    }

    /**
     * The runs no live job runs: those this server's earlier run left (another incarnation of it), and those of
     * another server whose lease ran out (or of none). Each with its job execution, null when it never started.
     */
    public Map<UUID, Long> abandoned(ThisNode node) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select id, job_execution_id from import_runs where " + ABANDONED + " order by started_at")
                .setParameter(1, node.name())
                .setParameter(2, node.incarnation())
                .setParameter(3, node.name())
                .getResultList();
        return executions(rows);
    }

    /** Rows of (id, job_execution_id), in their order, as each run's job execution (null when none started). */
    private static Map<UUID, Long> executions(List<Object[]> rows) {
        Map<UUID, Long> runs = new java.util.LinkedHashMap<>();
        rows.forEach(row -> runs.put((UUID) row[0], row[1] == null ? null : ((Number) row[1]).longValue()));
        return runs;
    }

    /** @return true when this server now owns the abandoned run (of two servers trying, one does) */
    public boolean takeOver(UUID importId, ThisNode node) {
        return em.createNativeQuery("update import_runs set owner_node = ?, owner_incarnation = ?, lease_until = now()"
                                + " + " + LEASE + " where id = ? and " + ABANDONED)
                        .setParameter(1, node.name())
                        .setParameter(2, node.incarnation())
                        .setParameter(3, importId)
                        .setParameter(4, node.name())
                        .setParameter(5, node.incarnation())
                        .setParameter(6, node.name())
                        .executeUpdate()
                == 1;
    }

    /** The runs this very server (this start of it) owns and that are still RUNNING, with their job executions. */
    public Map<UUID, Long> ownedHere(ThisNode node) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, job_execution_id from import_runs where status ="
                        + " 'RUNNING' and owner_node = ? and owner_incarnation = ? order by started_at")
                .setParameter(1, node.name())
                .setParameter(2, node.incarnation())
                .getResultList();
        return executions(rows);
    }

    /** @return true when the run is still RUNNING and this server's, its lease renewed */
    public boolean keep(UUID importId, ThisNode node) {
        return em.createNativeQuery("update import_runs set lease_until = now() + " + LEASE + " where id = ? and"
                                + " status = 'RUNNING' and owner_node = ? and owner_incarnation = ?")
                        .setParameter(1, importId)
                        .setParameter(2, node.name())
                        .setParameter(3, node.incarnation())
                        .executeUpdate()
                == 1;
    }

    /** The queued runs whose request waits on the broker of a server that has not been seen for a while. */
    public List<UUID> stranded(ThisNode node) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select id from import_runs where " + STRANDED + " order by created_at")
                .setParameter(1, node.name())
                .getResultList();
        return ids;
    }

    /**
     * Sends a stranded run's request again on this server's queue, with the mark of where it waits, in one
     * transaction.
     *
     * @return false when the run was no longer stranded (another server sent it, or it ran)
     */
    public boolean requestAgain(UUID importId, ThisNode node) {
        int marked = em.createNativeQuery("update import_runs set requested_on = ?, requested_at = now() where id = ?"
                        + " and " + STRANDED)
                .setParameter(1, node.name())
                .setParameter(2, importId)
                .setParameter(3, node.name())
                .executeUpdate();
        if (marked == 1) {
            queue.request(importId);
        }
        return marked == 1;
    }

    /** Undoes a claim whose job never started and puts the run's request on the queue again, in one transaction. */
    public void requeue(UUID importId) {
        release(importId);
        queue.request(importId);
    }

    public void attachJob(UUID importId, long jobExecutionId) {
        find(importId).attachJob(jobExecutionId);
    }

    /** The format the run's file was accepted as. */
    public StatementFormat format(UUID importId) {
        return StatementFormat.named(find(importId).getFormat()).orElse(StatementFormat.CSV);
    }

    /** The CSV mapping the run's file is read with, if the user gave one. */
    public CsvMapping csvMapping(UUID importId) {
        List<?> found = em.createNativeQuery(
                        "select cast(csv_mapping as text) from import_runs where id = ? and csv_mapping is not null")
                .setParameter(1, importId)
                .getResultList();
        return found.isEmpty() ? null : CsvMapping.parse(found.get(0).toString());
    }

    /** The user, the source, the user's base currency of a run, and whether its amounts are read turned round. */
    public Normaliser.ImportContext context(UUID importId) {
        ImportRun run = find(importId);
        String baseCurrency = em.find(org.tributary.accounts.entity.User.class, run.getUserId())
                .getBaseCurrency();
        return new Normaliser.ImportContext(
                run.getUserId(),
                run.getSourceId(),
                run.getId(),
                baseCurrency,
                rules.of(run.getUserId()),
                run.isFlipSigns());
    }

    /**
     * The run's uncategorised rows are waiting for the categorising worker, which clears the mark; the request is
     * about to go on this server's queue.
     */
    public void markCategorising(UUID importId, ThisNode node) {
        em.createNativeQuery("update import_runs set categorising = true, categorising_on = ? where id = ?")
                .setParameter(1, node.name())
                .setParameter(2, importId)
                .executeUpdate();
    }

    /** The runs whose categorising request waits on the broker of a server that has not been seen for a while. */
    public List<UUID> strandedCategorising(ThisNode node) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(
                        "select id from import_runs where " + STRANDED_CATEGORISING + " order by created_at")
                .setParameter(1, node.name())
                .getResultList();
        return ids;
    }

    /** @return false when the run's categorising request was no longer stranded */
    public boolean requestCategorisingAgain(UUID importId, ThisNode node) {
        int marked = em.createNativeQuery(
                        "update import_runs set categorising_on = ? where id = ? and " + STRANDED_CATEGORISING)
                .setParameter(1, node.name())
                .setParameter(2, importId)
                .setParameter(3, node.name())
                .executeUpdate();
        if (marked == 1) {
            categorisation.requestAgainForImport(userOf(importId), importId);
        }
        return marked == 1;
    }

    public void complete(UUID importId) {
        ImportRun run = find(importId);
        run.complete(clock.instant());
        ended(run, true);
    }

    public void fail(UUID importId, ImportFailure failure) {
        fail(find(importId), failure);
    }

    /** For a request given up: the run fails unless its job already finished it. An unknown run is ignored. */
    public void failIfUnfinished(UUID importId, ImportFailure failure) {
        ImportRun run = em.find(ImportRun.class, importId);
        if (run != null && !run.isFinished()) {
            fail(run, failure);
        }
    }

    private void fail(ImportRun run, ImportFailure failure) {
        JsonArrayBuilder arguments = Json.createArrayBuilder();
        failure.arguments().forEach(arguments::add);
        run.fail(failure.english(), failure.code(), arguments.build().toString(), clock.instant());
        ended(run, false);
    }

    private void ended(ImportRun run, boolean completed) {
        Duration took = run.getStartedAt() == null ? null : Duration.between(run.getStartedAt(), run.getFinishedAt());
        metrics.importEnded(run.getFormat(), completed, run.getImported(), took);
    }

    /** Undoes a claim whose job never started, so that the redelivered request can claim the run again. */
    public void release(UUID importId) {
        ImportRun run = em.find(ImportRun.class, importId);
        if (run != null) {
            run.release();
        }
    }

    /**
     * Counts one more taking-up of an interrupted run, in the database so that every boot and every server
     * sees it.
     *
     * @return how often the run has now been taken up, or 0 when it is no longer running
     */
    public int countResumeAttempt(UUID importId) {
        List<?> attempts = em.createNativeQuery("update import_runs set resume_attempts = resume_attempts + 1"
                        + " where id = ? and status = 'RUNNING' returning resume_attempts")
                .setParameter(1, importId)
                .getResultList();
        return attempts.isEmpty() ? 0 : ((Number) attempts.get(0)).intValue();
    }

    /** The user whose run this is. */
    public UUID userOf(UUID importId) {
        return find(importId).getUserId();
    }

    /** Records the job execution that took over a run after a restart of the server. */
    public void resumedAs(UUID importId, long jobExecutionId) {
        find(importId).attachJob(jobExecutionId);
    }

    private ImportRun find(UUID importId) {
        ImportRun run = em.find(ImportRun.class, importId);
        if (run == null) {
            throw new MalformedMessageException("no import run " + importId);
        }
        return run;
    }
}
