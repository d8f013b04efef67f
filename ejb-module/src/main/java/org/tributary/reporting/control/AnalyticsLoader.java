package org.tributary.reporting.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
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
import org.tributary.platform.control.ClickHouseSchemaInitializer;
import org.tributary.platform.control.Resources;
import org.tributary.reporting.entity.LedgerFact;
import org.tributary.reporting.entity.LedgerFactRepository;
import ru.yandex.clickhouse.ClickHouseConnection;
import ru.yandex.clickhouse.ClickHouseStatement;
import ru.yandex.clickhouse.domain.ClickHouseFormat;

/**
 * Copies an import's transactions from the ledger in PostgreSQL to the ClickHouse table the reports read.
 * ClickHouse being away does not fail an import: the run stays marked as not yet loaded, and a timer loads
 * it when ClickHouse answers again. Loading twice is harmless (the table keeps one row per transaction).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnalyticsLoader {

    private static final Logger LOG = Logger.getLogger(AnalyticsLoader.class.getName());
    private static final int BATCH = 10_000;
    private static final String SELECT = "select t.id, t.user_id, t.source_id, s.kind, s.name, t.booked_date, t.amount,"
            + " t.currency, t.description, t.merchant, t.category, t.type, t.version, t.pending"
            + " from transactions t join sources s on s.id = t.source_id where ";
    private static final String BY_IMPORT = "t.import_id";
    private static final String BY_TRANSACTION = "t.id";
    private static final String STALE = "t.analytics_stale order by t.id limit " + BATCH;

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @Inject
    LedgerFactRepository facts;

    @Inject
    ClickHouseSchemaInitializer schemaInitializer;

    @Inject
    org.tributary.reporting.entity.ClickHouseSchema schema;

    @Resource(lookup = Resources.CLICKHOUSE_DATASOURCE)
    DataSource clickHouse;

    @Inject
    DailyTotals dailyTotals;

    /** @return true when every transaction of the import is in ClickHouse */
    public boolean load(UUID importId) {
        return copy(BY_IMPORT, importId)
                && rewriteDays("transactions where import_id = ?", importId)
                && mark("update import_runs set analytics_loaded = true where id = ?", importId);
    }

    /** @return true when the transaction (a hand-entered one, outside any import) is in ClickHouse */
    public boolean loadTransaction(UUID transactionId) {
        return copy(BY_TRANSACTION, transactionId)
                && rewriteDays("transactions where id = ?", transactionId)
                && mark("update transactions set analytics_loaded = true where id = ?", transactionId);
    }

    /**
     * Rewrites in ClickHouse the rows changed after they were loaded; their higher version replaces the old
     * row there.
     *
     * @return true when nothing stale is left
     */
    public boolean loadStale() {
        int rewritten = rewriteStaleBatch();
        return rewritten >= 0 && rewritten < BATCH;
    }

    /** @return how many stale rows were rewritten, or -1 when ClickHouse or PostgreSQL failed */
    private int rewriteStaleBatch() {
        try (Connection pg = ledger.getConnection();
                PreparedStatement query = pg.prepareStatement(SELECT + STALE);
                PreparedStatement done = pg.prepareStatement(
                        "update transactions set analytics_stale = false where id = any (?) and analytics_stale")) {
            schemaInitializer.ensureCreated();
            List<LedgerFact> stale = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stale.add(fact(rows, rows.getBoolean("pending")));
                }
            }
            facts.insert(stale);
            rewriteDaysOf(stale);
            done.setArray(
                    1,
                    pg.createArrayOf(
                            "uuid",
                            stale.stream().map(LedgerFact::transactionId).toArray()));
            done.executeUpdate();
            return stale.size();
        } catch (SQLException e) {
            LOG.warning(() -> "stale rows not yet rewritten in ClickHouse: " + e.getMessage());
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
        String table = schema.database() + ".ledger";
        try (Connection clickHouse = this.clickHouse.getConnection();
                PreparedStatement tombstones = clickHouse.prepareStatement("INSERT INTO " + table
                        + " SELECT user_id, transaction_id, source_id, source_kind, source_name, booked_date, amount,"
                        + " currency, description, merchant, category, type, version + 1, 1 FROM " + table
                        + " FINAL WHERE user_id = ? AND toString(source_id) = ? AND deleted = 0")) {
            tombstones.setString(1, userId.toString());
            tombstones.setString(2, sourceId.toString());
            tombstones.executeUpdate();
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

    /** Rewrites every stale row now, batch after batch; false if ClickHouse did not take them all. */
    public boolean loadAllStale() {
        int rewritten;
        do {
            rewritten = rewriteStaleBatch();
        } while (rewritten == BATCH);
        return rewritten >= 0;
    }

    /**
     * Streams the rows from PostgreSQL's COPY straight into a ClickHouse insert: both speak tab-separated
     * text with the same escapes, so no row is built in Java (a million rows take seconds).
     */
    private boolean copy(String condition, UUID id) {
        String rows = "COPY (select t.user_id, t.id, t.source_id, s.kind, s.name, t.booked_date, round(t.amount, 2),"
                + " t.currency, t.description, t.merchant, t.category, t.type, t.version, 0"
                + " from transactions t join sources s on s.id = t.source_id"
                + " where not t.pending and " + condition + " = '" + id + "') TO STDOUT";
        try {
            streamIntoLedger(rows);
            return true;
        } catch (SQLException | IOException e) {
            LOG.warning(
                    () -> id + " not yet in ClickHouse; it will be loaded when ClickHouse answers: " + e.getMessage());
            return false;
        }
    }

    /** Streams the rows of a PostgreSQL {@code COPY … TO STDOUT} into ClickHouse's ledger table. */
    private void streamIntoLedger(String copySql) throws SQLException, IOException {
        try (Connection pg = ledger.getConnection();
                Connection clickHouse = this.clickHouse.getConnection();
                ClickHouseStatement insert =
                        clickHouse.unwrap(ClickHouseConnection.class).createStatement()) {
            schemaInitializer.ensureCreated();
            insert.executeQuery("SELECT 1").close(); // ClickHouse answers, or no COPY is started for nothing
            PGCopyInputStream copy = new PGCopyInputStream(pg.unwrap(PGConnection.class), copySql);
            try {
                insert.write()
                        .table(schema.database() + ".ledger")
                        .format(ClickHouseFormat.TabSeparated)
                        .data(copy)
                        .send();
            } finally {
                finish(copy);
            }
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

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    void catchUp() {
        for (UUID importId : pending("select id from import_runs where status = 'COMPLETED' and not analytics_loaded"
                + " order by finished_at limit 50")) {
            if (!load(importId)) {
                return;
            }
            LOG.info(() -> "import " + importId + " caught up in ClickHouse");
        }
        if (!loadStale()) {
            return;
        }
        for (UUID transactionId : pending("select id from transactions where import_id is null and not analytics_loaded"
                + " and created_at < now() - interval '30 seconds' limit 500")) {
            if (!loadTransaction(transactionId)) {
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
