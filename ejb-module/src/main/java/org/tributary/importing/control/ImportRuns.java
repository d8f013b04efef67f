package org.tributary.importing.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.UUID;
import org.tributary.importing.entity.ImportRun;

/**
 * Moves import runs through their states. Each change commits on its own, so the status a user sees
 * never waits for the (long) job that does the work.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportRuns {

    @PersistenceContext(unitName = "tributary")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /**
     * @return true if this caller now owns the run; false if it was already taken (a redelivery)
     * @throws MalformedMessageException if no such run exists
     */
    public boolean claim(UUID importId) {
        return find(importId).claim(clock.instant());
    }

    public void attachJob(UUID importId, long jobExecutionId) {
        find(importId).attachJob(jobExecutionId);
    }

    /** The format the run's file was accepted as. */
    public StatementFormat format(UUID importId) {
        return StatementFormat.named(find(importId).getFormat()).orElse(StatementFormat.CSV);
    }

    /** The user, the source and the user's base currency of a run. */
    public Normaliser.ImportContext context(UUID importId) {
        ImportRun run = find(importId);
        String baseCurrency = em.find(org.tributary.accounts.entity.User.class, run.getUserId())
                .getBaseCurrency();
        return new Normaliser.ImportContext(run.getUserId(), run.getSourceId(), run.getId(), baseCurrency);
    }

    public void complete(UUID importId) {
        find(importId).complete(clock.instant());
    }

    public void fail(UUID importId, String reason) {
        find(importId).fail(reason, clock.instant());
    }

    private ImportRun find(UUID importId) {
        ImportRun run = em.find(ImportRun.class, importId);
        if (run == null) {
            throw new MalformedMessageException("no import run " + importId);
        }
        return run;
    }
}
