package org.tributary.analytics.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.tributary.analytics.entity.LedgerFact;
import org.tributary.platform.control.ClusterLock;
import org.tributary.platform.control.Resources;

/**
 * Copies an import's transactions from the ledger in PostgreSQL to the ClickHouse table the reports read.
 * ClickHouse being away does not fail an import: the run stays marked as not yet loaded, and a timer loads
 * it when ClickHouse answers again. Loading twice is harmless (the table keeps one row per transaction).
 * An import ClickHouse answers but refuses (a row it cannot take) is counted and set aside after
 * {@link #MAX_ATTEMPTS} tries, and never holds back the imports after it (decision 37).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnalyticsLoader {

    /** Refused loads of one import before the catch-up stops trying it (its error stays on the run). */
    public static final int MAX_ATTEMPTS = 5;

    private static final Logger LOG = Logger.getLogger(AnalyticsLoader.class.getName());
    private static final int BATCH = 10_000;
    private static final String SELECT = "select t.id, t.user_id, t.source_id, s.kind, s.name, t.booked_date, t.amount,"
            + " t.currency, t.description, t.merchant, t.category, t.type, t.version, t.pending"
            + " from transactions t join sources s on s.id = t.source_id where ";
    private static final String BY_IMPORT = "t.import_id";
    private static final String BY_TRANSACTION = "t.id";
    private static final String STALE_OF_USER = "t.user_id = ? and t.analytics_stale order by t.id limit " + BATCH;

    /** What became of a copy into ClickHouse. */
    enum Copy {
        LOADED,
        /** ClickHouse did not answer: nothing to blame on the rows; try again later. */
        AWAY,
        /** ClickHouse answered but did not take the rows. */
        REFUSED
    }

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @Inject
    ClickHouseRepository clickHouse;

    @Inject
    ClickHouseSchemaInitializer schemaInitializer;

    @Inject
    DailyTotals dailyTotals;

    /** ClickHouse's words for the last refusal, to keep on the run (an instance serves one call at a time). */
    private String lastRefusal = "";

    /** @return true when every transaction of the import is in ClickHouse */
    public boolean load(UUID importId) {
        return loadImport(importId) == Copy.LOADED;
    }

    private Copy loadImport(UUID importId) {
        Copy copy = copy(BY_IMPORT, importId);
        if (copy == Copy.REFUSED) {
            countRefusal(importId, lastRefusal);
            return copy;
        }
        return copy == Copy.LOADED
                        && rewriteDays("transactions where import_id = ?", importId)
                        && mark(
                                "update import_runs set analytics_loaded = true, analytics_error = null where id = ?",
                                importId)
                ? Copy.LOADED
                : Copy.AWAY;
    }

    /** @return true when the transaction (a hand-entered one, outside any import) is in ClickHouse */
    public boolean loadTransaction(UUID transactionId) {
        return loadOneTransaction(transactionId) == Copy.LOADED;
    }

    private Copy loadOneTransaction(UUID transactionId) {
        Copy copy = copy(BY_TRANSACTION, transactionId);
        if (copy != Copy.LOADED) {
            return copy;
        }
        return rewriteDays("transactions where id = ?", transactionId)
                        && mark("update transactions set analytics_loaded = true where id = ?", transactionId)
                ? Copy.LOADED
                : Copy.AWAY;
    }

    /**
     * Rewrites in ClickHouse the rows changed after they were loaded; their higher version replaces the old
     * row there. Each user's rows go on their own, so one user's row ClickHouse refuses holds back no one
     * else's; within a user's batch, {@link RefusedRows} lets the rows ClickHouse takes go.
     *
     * @return true when nothing stale is left
     */
    public boolean loadStale() {
        boolean all = true;
        for (UUID userId : pending("select distinct user_id from transactions where analytics_stale limit 1000")) {
            int rewritten = rewriteStaleBatch(userId);
            all &= rewritten >= 0 && rewritten < BATCH;
        }
        return all;
    }

    /** Rewrites every stale row now, batch after batch; false if ClickHouse did not take them all. */
    public boolean loadAllStale() {
        boolean all = true;
        for (UUID userId : pending("select distinct user_id from transactions where analytics_stale")) {
            int rewritten;
            do {
                rewritten = rewriteStaleBatch(userId);
            } while (rewritten == BATCH);
            all &= rewritten >= 0;
        }
        return all;
    }

    /**
     * Rewrites up to a batch of the user's stale rows. The rows ClickHouse refuses stay stale (and are tried
     * again next time), the others go.
     *
     * @return how many stale rows were rewritten, or -1 when ClickHouse or PostgreSQL failed
     */
    private int rewriteStaleBatch(UUID userId) {
        try (Connection pg = ledger.getConnection();
                PreparedStatement query = pg.prepareStatement(SELECT + STALE_OF_USER);
                PreparedStatement done = pg.prepareStatement(
                        "update transactions set analytics_stale = false where id = any (?) and analytics_stale")) {
            schemaInitializer.ensureCreated();
            query.setObject(1, userId);
            List<LedgerFact> stale = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stale.add(fact(rows, rows.getBoolean("pending")));
                }
            }
            RefusedRows.Outcome<LedgerFact> outcome = RefusedRows.insert(stale, clickHouse::insert, clickHouse::ping);
            List<LedgerFact> taken = outcome.taken();
            List<LedgerFact> refused = outcome.refused();
            if (!refused.isEmpty()) {
                lastRefusal = outcome.lastError();
            }
            rewriteDaysOf(taken);
            done.setArray(
                    1,
                    pg.createArrayOf(
                            "uuid",
                            taken.stream().map(LedgerFact::transactionId).toArray()));
            done.executeUpdate();
            if (!refused.isEmpty()) {
                LOG.warning(() -> refused.size() + " stale rows of user " + userId + " refused by ClickHouse, e.g. "
                        + refused.get(0).transactionId() + ": " + lastRefusal);
                return -1;
            }
            return taken.size();
        } catch (SQLException e) {
            LOG.warning(() -> "stale rows of user " + userId + " not yet rewritten in ClickHouse: " + e.getMessage());
            return -1;
        }
    }

    /**
     * Takes a deleted source's transactions out of ClickHouse: each gets a newer version marked deleted,
     * which the reports (reading FINAL) see at once.
     *
     * @return false if ClickHouse did not answer (`bin/rebuild-analytics` then puts it right)
     */
    public boolean forgetSource(UUID userId, UUID sourceId) {
        try {
            clickHouse.execute(
                    "INSERT INTO {ledger_unmerged} SELECT user_id, transaction_id, source_id, source_kind, source_name,"
                            + " booked_date, amount, currency, description, merchant, category, type, version + 1, 1"
                            + " FROM {ledger} WHERE user_id = ? AND toString(source_id) = ? AND deleted = 0",
                    tombstones -> {
                        tombstones.setString(1, userId.toString());
                        tombstones.setString(2, sourceId.toString());
                    });
            dailyTotals.rewrite(userId, DailyTotals.FIRST_DAY, DailyTotals.LAST_DAY);
            return true;
        } catch (SQLException e) {
            LOG.warning(() -> "the deleted source " + sourceId + " is still in ClickHouse: " + e.getMessage());
            return false;
        }
    }

    /**
     * Writes a tombstone for each row an undone import took out of the ledger (kept aside in
     * {@code undone_transactions}): a version above the row's last, marked deleted. Then rewrites the daily
     * totals of those days.
     *
     * @return false if ClickHouse did not answer
     */
    public boolean forgetUndone(UUID importId) {
        String rows = "COPY (select u.user_id, u.transaction_id, u.source_id, s.kind, s.name, u.booked_date, 0, 'XXX',"
                + " '', '', '', '', u.version + 1, 1 from undone_transactions u join sources s on s.id = u.source_id"
                + " where u.import_id = '" + importId + "') TO STDOUT";
        try {
            streamIntoLedger(rows);
            return rewriteDays("undone_transactions where import_id = ?", importId);
        } catch (SQLException | IOException e) {
            LOG.warning(() -> "undone import " + importId + " not yet out of ClickHouse: " + e.getMessage());
            return false;
        }
    }

    /**
     * Streams the rows from PostgreSQL's COPY straight into a ClickHouse insert: both speak tab-separated
     * text with the same escapes, so no row is built in Java (a million rows take seconds).
     */
    private Copy copy(String condition, UUID id) {
        String rows = "COPY (select t.user_id, t.id, t.source_id, s.kind, s.name, t.booked_date, round(t.amount, 2),"
                + " t.currency, t.description, t.merchant, t.category, t.type, t.version, 0"
                + " from transactions t join sources s on s.id = t.source_id"
                + " where not t.pending and " + condition + " = '" + id + "') TO STDOUT";
        try {
            schemaInitializer.ensureCreated();
            clickHouse.ping(); // ClickHouse answers, or no COPY is started for nothing
        } catch (SQLException e) {
            LOG.warning(
                    () -> id + " not yet in ClickHouse; it will be loaded when ClickHouse answers: " + e.getMessage());
            return Copy.AWAY;
        }
        try {
            streamIntoLedger(rows);
            return Copy.LOADED;
        } catch (SQLException | IOException e) {
            LOG.warning(() -> id + " refused by ClickHouse: " + e.getMessage());
            lastRefusal = String.valueOf(e.getMessage());
            return answers() ? Copy.REFUSED : Copy.AWAY;
        }
    }

    private boolean answers() {
        try {
            clickHouse.ping();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Streams the rows of a PostgreSQL {@code COPY … TO STDOUT} into ClickHouse's ledger table. */
    private void streamIntoLedger(String copySql) throws SQLException, IOException {
        try (Connection pg = ledger.getConnection()) {
            schemaInitializer.ensureCreated();
            PGCopyInputStream copy = new PGCopyInputStream(pg.unwrap(PGConnection.class), copySql);
            try {
                clickHouse.insertIntoLedger(copy);
            } finally {
                finish(copy);
            }
        }
    }

    private void countRefusal(UUID importId, String error) {
        try (Connection pg = ledger.getConnection();
                PreparedStatement update = pg.prepareStatement("update import_runs set analytics_attempts ="
                        + " analytics_attempts + 1, analytics_error = left(?, 2000) where id = ?")) {
            update.setString(1, error);
            update.setObject(2, importId);
            update.executeUpdate();
        } catch (SQLException e) {
            LOG.warning(() -> "could not count the refused load of " + importId + ": " + e.getMessage());
        }
    }

    /** Rewrites the daily totals of the days the rows (a table and a condition) fall on, per user. */
    private boolean rewriteDays(String rows, UUID id) {
        try (Connection pg = ledger.getConnection();
                PreparedStatement days = pg.prepareStatement(
                        "select user_id, min(booked_date), max(booked_date) from " + rows + " group by user_id")) {
            days.setObject(1, id);
            try (ResultSet range = days.executeQuery()) {
                while (range.next()) {
                    dailyTotals.rewrite(
                            range.getObject(1, UUID.class),
                            range.getDate(2).toLocalDate(),
                            range.getDate(3).toLocalDate());
                }
            }
            return true;
        } catch (SQLException e) {
            LOG.warning(() -> "daily totals of " + id + " not yet rewritten: " + e.getMessage());
            return false;
        }
    }

    private void rewriteDaysOf(List<LedgerFact> facts) throws SQLException {
        Map<UUID, LocalDate[]> days = new HashMap<>();
        for (LedgerFact fact : facts) {
            days.merge(fact.userId(), new LocalDate[] {fact.bookedDate(), fact.bookedDate()}, (a, b) ->
                    new LocalDate[] {a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
        }
        for (Map.Entry<UUID, LocalDate[]> user : days.entrySet()) {
            dailyTotals.rewrite(user.getKey(), user.getValue()[0], user.getValue()[1]);
        }
    }

    /**
     * Reads a COPY that ClickHouse stopped taking to its end: cancelling it instead leaves the pooled
     * PostgreSQL connection out of step with the server, and the next statement on it fails.
     */
    private static void finish(PGCopyInputStream copy) throws SQLException, IOException {
        while (copy.isActive() && copy.readFromCopy() != null) {
            // drained
        }
        copy.close();
    }

    /**
     * A round of {@link AnalyticsCatchUp}: the imports ClickHouse has not got yet (those refused least often first),
     * the stale rows, then the hand-entered rows. ClickHouse being away ends the round; one import or row it refuses
     * only that import or row. Every server has the timer; one at a time does the round (the others skip it).
     */
    public void catchUp() {
        try {
            ClusterLock.ifFree(ledger, ClusterLock.Kind.ANALYTICS_CATCH_UP, this::catchUpRound);
        } catch (SQLException e) {
            LOG.warning(() -> "cannot take the catch-up's turn: " + e.getMessage());
        }
    }

    private void catchUpRound() {
        for (UUID importId : pending("select id from import_runs where status = 'COMPLETED' and not analytics_loaded"
                + " and analytics_attempts < " + MAX_ATTEMPTS + " order by analytics_attempts, finished_at limit 50")) {
            Copy copy = loadImport(importId);
            if (copy == Copy.AWAY) {
                return;
            }
            if (copy == Copy.LOADED) {
                LOG.info(() -> "import " + importId + " caught up in ClickHouse");
            }
        }
        loadStale();
        for (UUID transactionId : pending("select id from transactions where import_id is null and not analytics_loaded"
                + " and created_at < now() - interval '30 seconds' limit 500")) {
            if (loadOneTransaction(transactionId) == Copy.AWAY) {
                return;
            }
        }
    }

    private List<UUID> pending(String sql) {
        List<UUID> ids = new ArrayList<>();
        try (Connection pg = ledger.getConnection();
                PreparedStatement query = pg.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        } catch (SQLException e) {
            LOG.warning(() -> "cannot list what awaits ClickHouse: " + e.getMessage());
        }
        return ids;
    }

    private boolean mark(String sql, UUID id) {
        try (Connection pg = ledger.getConnection();
                PreparedStatement update = pg.prepareStatement(sql)) {
            update.setObject(1, id);
            update.executeUpdate();
            return true;
        } catch (SQLException e) {
            LOG.warning(() -> "could not mark " + id + " as loaded: " + e.getMessage());
            return false;
        }
    }

    private static LedgerFact fact(ResultSet rows, boolean deleted) throws SQLException {
        return new LedgerFact(
                rows.getObject("user_id", UUID.class),
                rows.getObject("id", UUID.class),
                rows.getObject("source_id", UUID.class),
                rows.getString("kind"),
                rows.getString("name"),
                rows.getDate("booked_date").toLocalDate(),
                rows.getBigDecimal("amount").setScale(2, RoundingMode.HALF_EVEN),
                rows.getString("currency"),
                rows.getString("description"),
                rows.getString("merchant"),
                rows.getString("category"),
                rows.getString("type"),
                rows.getLong("version"),
                deleted);
    }
}
