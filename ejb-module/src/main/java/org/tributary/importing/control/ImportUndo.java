package org.tributary.importing.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.tributary.analytics.control.AnalyticsLoader;
import org.tributary.platform.control.ConflictException;
import org.tributary.platform.control.NotFoundException;
import org.tributary.platform.control.Resources;

/**
 * Undoes one import: the ledger becomes what it would be had the file never been imported (decision 27).
 * Its rows leave PostgreSQL in one transaction, except those a later, not undone, file also held (it
 * counted them as duplicates): they stay, as that file's. The rows taken out are kept aside until their
 * tombstones are in ClickHouse and the daily totals rewritten; a timer finishes what ClickHouse could not
 * take at once. Every step is guarded in PostgreSQL (row locks), not in the JVM, so two nodes may run it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportUndo {

    private static final Logger LOG = Logger.getLogger(ImportUndo.class.getName());

    /** Rows of the undone import that later files also held, each to the earliest of those files. */
    private static final String HAND_OVER = "with heirs as (select distinct on (d.transaction_id) d.transaction_id,"
            + " d.import_id from import_duplicates d join import_runs r on r.id = d.import_id"
            + " join transactions t on t.id = d.transaction_id"
            + " where t.user_id = ? and t.import_id = ? and r.undo_started_at is null and r.user_id = ?"
            + " order by d.transaction_id, r.created_at),"
            + " moved as (update transactions t set import_id = h.import_id from heirs h where t.id = h.transaction_id"
            + " returning h.import_id as heir)"
            + " update import_runs r set imported = r.imported + m.n, duplicates = greatest(r.duplicates - m.n, 0)"
            + " from (select heir, count(*) as n from moved group by heir) m where r.id = m.heir";

    private static final String TAKE_OUT = "with gone as (delete from transactions where user_id = ? and import_id = ?"
            + " returning id, user_id, source_id, booked_date, version)"
            + " insert into undone_transactions (import_id, transaction_id, user_id, source_id, booked_date, version)"
            + " select ?, id, user_id, source_id, booked_date, version from gone";

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @Inject
    AnalyticsLoader analytics;

    /**
     * @throws NotFoundException if the user has no such import
     * @throws ConflictException while the import is still running
     */
    public void undo(UUID userId, UUID importId) {
        takeOut(userId, importId);
        // Also when an earlier undo left it to the timer: whichever comes first does it. A second try at once
        // covers a pooled HTTP connection ClickHouse had just closed ("failed to respond"); the timer the rest.
        if (!finish(importId)) {
            finish(importId);
        }
    }

    /** Takes the rows out of the ledger, unless the import was undone (or is being undone) already. */
    private void takeOut(UUID userId, UUID importId) {
        try (Connection connection = ledger.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // One undo at a time per user, on every node: a hand-over must not go to a file being undone.
                execute(connection, "select 1 from users where id = ? for update", userId);
                String status;
                try (PreparedStatement run = connection.prepareStatement("select status, undo_started_at is not null"
                        + " from import_runs where id = ? and user_id = ? for update")) {
                    run.setObject(1, importId);
                    run.setObject(2, userId);
                    try (ResultSet row = run.executeQuery()) {
                        if (!row.next()) {
                            throw new NotFoundException("import");
                        }
                        if (row.getBoolean(2)) {
                            connection.rollback();
                            return;
                        }
                        status = row.getString(1);
                    }
                }
                if (!status.equals("COMPLETED") && !status.equals("FAILED")) {
                    throw new ConflictException("This import is still running: undo it once it has finished.");
                }
                // Waits for a file being written that holds some of these rows, so its claims are seen below.
                execute(
                        connection,
                        "select count(*) from (select 1 from transactions where user_id = ? and import_id = ?"
                                + " for update) locked",
                        userId,
                        importId);
                execute(connection, HAND_OVER, userId, importId, userId);
                execute(
                        connection,
                        "delete from import_duplicates d using transactions t where t.id = d.transaction_id"
                                + " and t.user_id = ? and d.import_id = t.import_id",
                        userId);
                execute(connection, "delete from import_duplicates where import_id = ?", importId);
                execute(connection, TAKE_OUT, userId, importId, importId);
                execute(connection, "update import_runs set undo_started_at = now() where id = ?", importId);
                connection.commit();
                LOG.info(() -> "import " + importId + " undone in the ledger");
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ledger unavailable", e);
        }
    }

    /**
     * Takes the undone rows out of ClickHouse; the node that locks the run does it, another skips it.
     *
     * @return false if ClickHouse did not take them (the timer tries again)
     */
    boolean finish(UUID importId) {
        try (Connection connection = ledger.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement claim = connection.prepareStatement("select 1 from import_runs where id = ?"
                    + " and undo_started_at is not null and undone_at is null for update skip locked")) {
                claim.setObject(1, importId);
                try (ResultSet row = claim.executeQuery()) {
                    if (!row.next()) {
                        connection.rollback();
                        return true;
                    }
                }
                if (!analytics.forgetUndone(importId)) {
                    connection.rollback();
                    return false;
                }
                execute(connection, "delete from undone_transactions where import_id = ?", importId);
                execute(connection, "update import_runs set undone_at = now() where id = ?", importId);
                connection.commit();
                return true;
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            LOG.warning(() -> "undone import " + importId + " not yet out of ClickHouse: " + e.getMessage());
            return false;
        }
    }

    @Schedule(hour = "*", minute = "*", second = "15/30", persistent = false)
    void finishPending() {
        for (UUID importId : pending()) {
            if (!finish(importId)) {
                return;
            }
        }
    }

    private List<UUID> pending() {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = ledger.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select id from import_runs"
                                + " where undo_started_at is not null and undone_at is null order by undo_started_at limit 20");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        } catch (SQLException e) {
            LOG.warning(() -> "cannot list the undone imports awaiting ClickHouse: " + e.getMessage());
        }
        return ids;
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }
}
