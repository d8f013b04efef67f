package org.tributary.analytics.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
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
 */
@ApplicationScoped
public class DailyTotals {

    /** The range of ClickHouse's Date type: every day the tables can hold. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);

    public static final LocalDate LAST_DAY = LocalDate.of(2105, 12, 31);

    private static final String KEY =
            "user_id, booked_date, source_id, source_kind, category, type, merchant, currency";
    private static final String DAYS = "user_id = ? AND booked_date >= ? AND booked_date <= ?";

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
            ClusterLock.holding(
                    ledger,
                    ClusterLock.Kind.DAILY_TOTALS,
                    userId,
                    () -> clickHouse.execute(difference, insert -> {
                        bind(insert, 1, userId, from, to);
                        bind(insert, 4, userId, from, to);
                    }));
        } finally {
            stamps.changed(userId);
        }
    }

    private static void bind(PreparedStatement statement, int first, UUID userId, LocalDate from, LocalDate to)
            throws SQLException {
        statement.setString(first, userId.toString());
        statement.setDate(first + 1, Date.valueOf(from));
        statement.setDate(first + 2, Date.valueOf(to));
    }
}
