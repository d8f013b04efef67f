package org.tributary.analytics.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.tributary.analytics.entity.ClickHouseSchema;
import org.tributary.platform.control.ClusterLock;
import org.tributary.platform.control.Resources;

/**
 * Keeps {@code daily_totals} — per user, day, source, category, type, merchant and currency its sum, money
 * out and count — equal to the ledger for the days a write touched. The reports that add up read it
 * instead of the ledger: a year of a million transactions is a few thousand rows there.
 *
 * <p>The table sums its rows (SummingMergeTree): a group's total is the sum of all its rows, merged or
 * not, so it is read without FINAL. A rewrite adds, per group of those days, the difference between the
 * ledger's totals and the table's: nothing when they agree, so loading a run twice stays harmless, and a
 * rewrite that was cut short is put right by the next one. Rewrites of one user take turns on every server
 * at once ({@link ClusterLock}), so two cannot both add the same difference. Every write of a user's rows to
 * ClickHouse ends with a rewrite of their days, so this is where the user's {@link ReportStamps stamp} moves.
 *
 * <p>Under the same lock it keeps {@code merchant_days} — per user, merchant and day the count of transactions
 * that are not transfers — equal to the daily totals, the same way: it is ordered by merchant, so "was this
 * merchant seen before?" reads the few rows of the merchants asked about instead of a user's whole history.
 */
@ApplicationScoped
public class DailyTotals {

    /** The range of ClickHouse's Date type: every day the tables can hold. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);

    public static final LocalDate LAST_DAY = LocalDate.of(2105, 12, 31);

    private static final String KEY =
            "user_id, booked_date, source_id, source_kind, category, type, merchant, currency";
    private static final String DAYS = "user_id = ? AND booked_date >= ? AND booked_date <= ?";
    private static final String MERCHANT_DAYS_DIFFERENCE = "INSERT INTO {merchant_days} SELECT user_id, merchant,"
            + " booked_date, sum(transactions) AS d_transactions FROM ("
            + " SELECT user_id, merchant, booked_date, -transactions AS transactions FROM {merchant_days} WHERE " + DAYS
            + " UNION ALL SELECT user_id, merchant, booked_date, transactions FROM {daily} WHERE " + DAYS
            + " AND type != 'TRANSFER') GROUP BY user_id, merchant, booked_date HAVING d_transactions != 0";

    @Inject
    ClickHouseRepository clickHouse;

    @Inject
    ClickHouseSchema schema;

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @Inject
    ReportStamps stamps;

    public DailyTotals() {}

    DailyTotals(ClickHouseRepository clickHouse, ClickHouseSchema schema, DataSource ledger, ReportStamps stamps) {
        this.clickHouse = clickHouse;
        this.schema = schema;
        this.ledger = ledger;
        this.stamps = stamps;
    }

    /**
     * Rewrites the user's totals of the days from..to (inclusive) from the ledger, and stamps the user's reports
     * as changed (also when the rewrite fails: the ledger's rows before it may have changed).
     */
    public void rewrite(UUID userId, LocalDate from, LocalDate to) throws SQLException {
        String totals = "{daily}";
        String difference = "INSERT INTO " + totals + " SELECT " + KEY + ", toDecimal64(sum(amount), 2) AS d_amount,"
                + " toDecimal64(sum(outgoing), 2) AS d_outgoing, sum(transactions) AS d_transactions FROM ("
                + " SELECT " + KEY + ", -amount AS amount, -outgoing AS outgoing, -transactions AS transactions"
                + " FROM " + totals + " WHERE " + DAYS
                + " UNION ALL " + schema.dailyTotalsOfLedger(DAYS)
                + ") GROUP BY " + KEY + " HAVING d_amount != 0 OR d_outgoing != 0 OR d_transactions != 0";
        try {
            ClusterLock.holding(ledger, ClusterLock.Kind.DAILY_TOTALS, userId, () -> {
                clickHouse.execute(difference, insert -> bindTwice(insert, userId, from, to));
                clickHouse.execute(MERCHANT_DAYS_DIFFERENCE, insert -> bindTwice(insert, userId, from, to));
            });
        } finally {
            stamps.changed(userId);
        }
    }

    /**
     * Makes {@code merchant_days} equal to the daily totals for every user: after the table first appears (an
     * upgrade), and after a server that did not keep it yet (a rolling upgrade) wrote daily totals. One pass over
     * both tables finds the users whose two differ (their counts, and their counts weighted by a hash of
     * merchant and day, which tells days moved between merchants or dates); each of them gets the difference
     * under the user's lock, so it is exact whatever rewrites run meanwhile on any server.
     */
    public void fillMerchantDays() throws SQLException {
        String weight = "toInt64(cityHash64(merchant, toString(booked_date)) % 1000003)";
        List<UUID> users = clickHouse.query(
                "SELECT user_id, sum(transactions) AS n, sum(transactions * " + weight + ") AS weighted FROM ("
                        + " SELECT user_id, merchant, booked_date, transactions FROM {daily} WHERE type != 'TRANSFER'"
                        + " UNION ALL SELECT user_id, merchant, booked_date, -transactions AS transactions"
                        + " FROM {merchant_days}) GROUP BY user_id HAVING n != 0 OR weighted != 0",
                none -> {},
                row -> UUID.fromString(row.getString("user_id")));
        for (UUID user : users) {
            ClusterLock.holding(
                    ledger,
                    ClusterLock.Kind.DAILY_TOTALS,
                    user,
                    () -> clickHouse.execute(
                            MERCHANT_DAYS_DIFFERENCE, insert -> bindTwice(insert, user, FIRST_DAY, LAST_DAY)));
        }
    }

    private static void bindTwice(PreparedStatement statement, UUID userId, LocalDate from, LocalDate to)
            throws SQLException {
        bind(statement, 1, userId, from, to);
        bind(statement, 4, userId, from, to);
    }

    private static void bind(PreparedStatement statement, int first, UUID userId, LocalDate from, LocalDate to)
            throws SQLException {
        statement.setString(first, userId.toString());
        statement.setDate(first + 1, Date.valueOf(from));
        statement.setDate(first + 2, Date.valueOf(to));
    }
}
