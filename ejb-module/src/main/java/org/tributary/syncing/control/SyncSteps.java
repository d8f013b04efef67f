package org.tributary.syncing.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.tributary.importing.control.ImportFailure;
import org.tributary.importing.control.ImportRuns;
import org.tributary.importing.control.Imports;
import org.tributary.importing.entity.ImportRun;
import org.tributary.importing.entity.ImportStatus;
import org.tributary.sources.entity.Source;
import org.tributary.transactions.control.Ledger;

/**
 * The worker's steps around the one call to the bank, each in a transaction of its own, so that no database
 * connection waits while the bank answers: what to ask, what was received, and why it failed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SyncSteps {

    /**
     * Banks correct and book late: every sync asks again for the days since this long before the last one fetched;
     * what was already imported is recognised by the bank's transaction id.
     */
    static final int OVERLAP_DAYS = 14;

    /** A connection's first sync asks for this much history, unless its consent says how much the bank gives. */
    static final int FIRST_SYNC_DAYS = 90;

    /** What the worker asks the bank for: with the connection's access (unsealed; never logged). */
    public record Ask(String credentials, LocalDate since) {}

    @PersistenceContext(unitName = "tributary")
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    Imports imports;

    @Inject
    ImportRuns runs;

    @Inject
    RawResponses rawResponses;

    private final Clock clock = Clock.systemUTC();

    /** @return what to ask the bank, or empty when the sync is no longer wanted (done, or its source gone) */
    public Optional<Ask> ask(SyncRequest request) {
        ImportRun run = em.find(ImportRun.class, request.importId());
        Source source = em.find(Source.class, request.sourceId());
        if (run == null
                || run.getStatus() != ImportStatus.QUEUED
                || source == null
                || !source.getUserId().equals(request.userId())
                || !request.sourceId().equals(run.getSourceId())) {
            return Optional.empty();
        }
        if (hasUpload(run)) {
            return Optional.empty(); // received before a crash: the import job is already asked for
        }
        Credentials access = Credentials.of(source.getCredentials());
        int history = access.number("historyDays").orElse(FIRST_SYNC_DAYS);
        LocalDate since = ledger.lastFetchedDay(request.userId(), request.sourceId())
                .map(last -> last.minusDays(OVERLAP_DAYS))
                .orElse(LocalDate.now(clock).minusDays(history));
        return Optional.of(new Ask(source.getCredentials(), since));
    }

    /** Keeps the bank's answers as received and hands the statement of the days since {@code since} on. */
    public void received(SyncRequest request, BankProvider provider, LocalDate since, Fetched fetched) {
        Source source = em.find(Source.class, request.sourceId());
        ImportRun run = em.find(ImportRun.class, request.importId());
        if (source == null || run == null) {
            return;
        }
        run.fetchedFrom(since);
        rawResponses.keep(provider, request.userId(), request.sourceId(), request.importId(), fetched);
        imports.acceptFetched(request.importId(), "application/json", fetched.statement());
        source.synced(clock.instant());
    }

    public void failed(SyncRequest request, RuntimeException why) {
        Source source = em.find(Source.class, request.sourceId());
        String reason = why.getMessage() == null ? why.getClass().getSimpleName() : why.getMessage();
        if (source != null) {
            if (why instanceof ReconnectNeededException) {
                source.needsReconnecting(reason);
            } else if (why instanceof RateLimitedException limited) {
                source.rateLimited(reason, limited.until());
            } else {
                source.syncFailed(reason);
            }
        }
        runs.failIfUnfinished(request.importId(), ImportFailure.syncFailed(reason));
    }

    private boolean hasUpload(ImportRun run) {
        return !em.createNativeQuery("select 1 from raw_file.uploads where import_id = ?")
                .setParameter(1, run.getId())
                .getResultList()
                .isEmpty();
    }
}
