package org.tributary.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.tributary.analytics.entity.ClickHouseSchema;
import ru.yandex.clickhouse.ClickHouseDataSource;

/**
 * {@code merchant_days} (the merchants' days without transfers, which new merchants and long gaps read) stays
 * equal to the daily totals through the writes that change them — new rows, a row re-typed as a transfer, a
 * row deleted — and is filled for people whose totals were written without it. Real PostgreSQL and ClickHouse
 * (bin/test starts both).
 */
class MerchantDaysTest {

    private static final String DATABASE = "merchant_days_test_" + Long.toHexString(System.nanoTime());
    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
    private static final UUID SOURCE = UUID.randomUUID();

    private static DataSource clickHouse;
    private static ClickHouseSchema schema;
    private static DataSource postgres;
    private static DailyTotals totals;

    @BeforeAll
    static void databases() throws SQLException {
        clickHouse = new ClickHouseDataSource("jdbc:clickhouse://127.0.0.1:"
                + System.getProperty("it.clickhouse.http.port", "18123")
                + "/default?use_server_time_zone=false&use_time_zone=UTC&compress=false");
        schema = new ClickHouseSchema(clickHouse, DATABASE);
        schema.create();
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/postgres"));
        pg.setUser(System.getProperty("it.db.user", "tributary"));
        pg.setPassword(System.getProperty("it.db.password", "tributary"));
        try (Connection connection = pg.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create schema " + DATABASE);
            statement.execute(
                    "create table " + DATABASE + ".report_stamps (user_id uuid primary key, stamp bigint not null)");
        }
        pg.setCurrentSchema(DATABASE);
        postgres = pg;
        totals = new DailyTotals(
                new ClickHouseRepository(clickHouse, schema, ClickHouseProducer.insert("legacy")),
                schema,
                postgres,
                new ReportStamps(postgres));
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + DATABASE);
        if (postgres == null) {
            return;
        }
        try (Connection connection = postgres.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema " + DATABASE + " cascade");
        }
    }

    @Test
    void followsTheLedgerThroughNewRowsTransfersAndDeletions() throws SQLException {
        UUID user = UUID.randomUUID();
        UUID bakery = row(user, DAY, "BAKERY", "EXPENSE", 1, 0);
        row(user, DAY, "BAKERY", "EXPENSE", 1, 0);
        row(user, DAY.plusDays(1), "BAKERY", "EXPENSE", 1, 0);
        UUID savings = row(user, DAY, "SAVINGS", "EXPENSE", 1, 0);
        row(user, DAY.plusDays(2), "OWN ACCOUNT", "TRANSFER", 1, 0);
        totals.rewrite(user, DAY, DAY.plusDays(2));
        assertThat(merchantDays(user))
                .as("per merchant and day its count; transfers are not a merchant's days")
                .containsExactly("BAKERY 2025-03-14 2", "BAKERY 2025-03-15 1", "SAVINGS 2025-03-14 1");

        version(user, savings, DAY, "SAVINGS", "TRANSFER", 2, 0);
        version(user, bakery, DAY, "BAKERY", "EXPENSE", 2, 1);
        totals.rewrite(user, DAY, DAY);
        totals.rewrite(user, DAY, DAY);
        assertThat(merchantDays(user))
                .as("a row re-typed as a transfer and a deleted row leave; a rewrite done twice adds nothing more")
                .containsExactly("BAKERY 2025-03-14 1", "BAKERY 2025-03-15 1");
    }

    @Test
    void isFilledForPeopleWhoseTotalsWereWrittenWithoutIt() throws SQLException {
        UUID upgraded = UUID.randomUUID();
        row(upgraded, DAY, "CAFE", "EXPENSE", 1, 0);
        row(upgraded, DAY.plusDays(40), "CAFE", "EXPENSE", 1, 0);
        totals.rewrite(upgraded, DAY, DAY.plusDays(40));
        // What a server of the version before wrote: the daily totals alone.
        row(upgraded, DAY.plusDays(3), "LATE", "EXPENSE", 1, 0);
        execute("INSERT INTO " + DATABASE + ".daily_totals "
                + schema.dailyTotalsOfLedger("user_id = '" + upgraded + "' AND merchant = 'LATE'"));
        UUID before = UUID.randomUUID();
        row(before, DAY, "KIOSK", "EXPENSE", 1, 0);
        execute("INSERT INTO " + DATABASE + ".daily_totals "
                + schema.dailyTotalsOfLedger("user_id = '" + before + "'"));

        UUID moved = UUID.randomUUID();
        row(moved, DAY, "BAKERY", "EXPENSE", 1, 0);
        totals.rewrite(moved, DAY, DAY);
        // A day moved to another date without the table hearing of it: the same count, on the wrong days.
        execute("INSERT INTO " + DATABASE + ".merchant_days VALUES ('" + moved + "', 'BAKERY', '" + DAY + "', -1), ('"
                + moved + "', 'BAKERY', '" + DAY.plusDays(1) + "', 1)");

        totals.fillMerchantDays();
        totals.fillMerchantDays();

        assertThat(merchantDays(upgraded))
                .as("the days written without it are added, those already there are not added again")
                .containsExactly("CAFE 2025-03-14 1", "CAFE 2025-04-23 1", "LATE 2025-03-17 1");
        assertThat(merchantDays(before)).containsExactly("KIOSK 2025-03-14 1");
        assertThat(merchantDays(moved)).containsExactly("BAKERY 2025-03-14 1");
    }

    private static UUID row(UUID user, LocalDate day, String merchant, String type, int version, int deleted)
            throws SQLException {
        UUID id = UUID.randomUUID();
        version(user, id, day, merchant, type, version, deleted);
        return id;
    }

    private static void version(
            UUID user, UUID id, LocalDate day, String merchant, String type, int version, int deleted)
            throws SQLException {
        execute("INSERT INTO " + DATABASE + ".ledger VALUES ('" + user + "', '" + id + "', '" + SOURCE
                + "', 'FILE', 'Giro', '" + day + "', -4.50, 'EUR', '" + merchant + "', '" + merchant + "', 'food', '"
                + type + "', " + version + ", " + deleted + ")");
    }

    private static List<String> merchantDays(UUID user) throws SQLException {
        List<String> days = new ArrayList<>();
        try (Connection connection = clickHouse.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT merchant, booked_date, sum(transactions) AS n FROM "
                        + DATABASE + ".merchant_days WHERE user_id = '" + user + "' GROUP BY merchant, booked_date"
                        + " HAVING n != 0 ORDER BY merchant, booked_date")) {
            while (row.next()) {
                days.add(row.getString(1) + " " + row.getString(2) + " " + row.getLong(3));
            }
        }
        return days;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = clickHouse.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
