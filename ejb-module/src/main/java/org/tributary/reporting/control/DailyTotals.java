package org.tributary.reporting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.tributary.platform.control.Resources;
import org.tributary.reporting.entity.ClickHouseSchema;

/**
 * Keeps {@code ledger_daily} — one row per user, day, source, category, type, merchant and currency with
 * its sum, money out and count — equal to the ledger for the days a write touched. The reports that add up
 * read it instead of the ledger: a year of a million transactions is a few thousand rows there, and
 * reading the ledger {@code FINAL} costs half a second on ClickHouse 18.16.
 *
 * <p>The days are rewritten rather than adjusted by differences, so that loading a run twice stays
 * harmless: first every existing row of those days gets a newer version with nothing in it (a group that
 * is gone must read as empty), then the ledger's own totals get a newer one still. Rewrites of one user
 * take turns, so two of them cannot interleave their two steps.
 */
@ApplicationScoped
public class DailyTotals {

    /** The range of ClickHouse's Date type: every day the tables can hold. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);

    public static final LocalDate LAST_DAY = LocalDate.of(2105, 12, 31);

    private static final int STRIPES = 64;

    @Resource(lookup = Resources.CLICKHOUSE_DATASOURCE)
    DataSource clickHouse;

    @Inject
    ClickHouseSchema schema;

    private final Object[] userLocks = new Object[STRIPES];
    private final AtomicLong lastVersion = new AtomicLong();

    public DailyTotals() {
        for (int i = 0; i < STRIPES; i++) {
            userLocks[i] = new Object();
        }
    }

    /** Rewrites the user's totals of the days from..to (inclusive) from the ledger. */
    public void rewrite(UUID userId, LocalDate from, LocalDate to) throws SQLException {
        String daily = schema.database() + ".ledger_daily";
        String ledger = schema.database() + ".ledger";
        String days = " WHERE user_id = ? AND booked_date >= ? AND booked_date <= ?";
        synchronized (userLocks[Math.floorMod(userId.hashCode(), STRIPES)]) {
            long emptied = nextVersion();
            try (Connection connection = clickHouse.getConnection();
                    PreparedStatement empty = connection.prepareStatement("INSERT INTO " + daily
                            + " SELECT user_id, booked_date, source_id, source_kind, category, type, merchant, currency,"
                            + " toDecimal64(0, 2), toDecimal64(0, 2), toUInt64(0), toUInt64(?) FROM " + daily
                            + " FINAL" + days + " AND transactions > 0");
                    PreparedStatement fill = connection.prepareStatement(
                            "INSERT INTO " + daily
                                    + " SELECT user_id, booked_date, source_id, source_kind, category, type, merchant, currency,"
                                    + " sum(amount), sumIf(amount, amount < 0), count(), toUInt64(?) FROM " + ledger
                                    + " FINAL"
                                    + days + " AND deleted = 0"
                                    + " GROUP BY user_id, booked_date, source_id, source_kind, category, type, merchant, currency")) {
                bind(empty, emptied, userId, from, to).executeUpdate();
                bind(fill, emptied + 1, userId, from, to).executeUpdate();
            }
        }
    }

    /** Versions grow across restarts too: they start from the clock, in microseconds. */
    private long nextVersion() {
        return lastVersion.updateAndGet(last -> Math.max(last + 2, System.currentTimeMillis() * 1000));
    }

    private static PreparedStatement bind(
            PreparedStatement statement, long version, UUID userId, LocalDate from, LocalDate to) throws SQLException {
        statement.setLong(1, version);
        statement.setString(2, userId.toString());
        statement.setDate(3, Date.valueOf(from));
        statement.setDate(4, Date.valueOf(to));
        return statement;
    }
}
