package org.tributary.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.tributary.analytics.entity.ClickHouseSchema;
import ru.yandex.clickhouse.ClickHouseDataSource;

/**
 * Two servers on one database (issue 18): each has its own {@link DailyTotals}, as two JVMs would, and both
 * rewrite the same person's totals at the same moment, round after round. With a lock of each JVM's own, both
 * read the table before either has written and add the same difference twice; with the database's lock the
 * totals stay equal to the ledger. Real PostgreSQL and ClickHouse (bin/test starts both).
 */
class DailyTotalsOnTwoServersTest {

    private static final String DATABASE = "daily_totals_test_" + Long.toHexString(System.nanoTime());
    private static final UUID USER = UUID.randomUUID();
    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    private static DataSource clickHouse;
    private static ClickHouseSchema schema;
    private static DataSource postgres;

    @BeforeAll
    static void databases() throws SQLException {
        clickHouse = new ClickHouseDataSource("jdbc:clickhouse://127.0.0.1:"
                + System.getProperty("it.clickhouse.http.port", "18123")
                + "/default?use_server_time_zone=false&use_time_zone=UTC&compress=false");
        schema = new ClickHouseSchema(clickHouse, DATABASE);
        schema.create();
        // Advisory locks need no table; the report stamps get a table in a schema of the test's own.
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
    void twoServersRewritingOnePersonsDaysAtOnceAddEachDifferenceOnce() throws Exception {
        DailyTotals first = node();
        DailyTotals second = node();
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 30; round++) {
                execute("INSERT INTO " + DATABASE + ".ledger VALUES ('" + USER + "', '" + UUID.randomUUID()
                        + "', '" + UUID.randomUUID() + "', 'FILE', 'Giro', '" + DAY.plusDays(round % 3)
                        + "', -" + round + ".25, 'EUR', 'Bakery', 'BAKERY', 'groceries', 'EXPENSE', 1, 0)");
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Void>> rewrites = new ArrayList<>();
                for (DailyTotals server : List.of(first, second)) {
                    Callable<Void> rewrite = () -> {
                        together.await(30, TimeUnit.SECONDS);
                        server.rewrite(USER, DAY, DAY.plusDays(2));
                        return null;
                    };
                    rewrites.add(servers.submit(rewrite));
                }
                for (Future<Void> rewrite : rewrites) {
                    rewrite.get(60, TimeUnit.SECONDS);
                }
            }
        } finally {
            servers.shutdownNow();
        }

        assertThat(sumOf("SELECT sum(amount), sum(transactions) FROM " + DATABASE + ".daily_totals WHERE user_id = '"
                        + USER + "'"))
                .as("the daily totals: the ledger's sum and count, each round's difference added once")
                .isEqualTo(sumOf("SELECT sum(amount), count() FROM " + DATABASE + ".ledger FINAL WHERE user_id = '"
                        + USER + "'"))
                .isEqualTo(List.of(new BigDecimal("-472.5"), new BigDecimal("30")));
        assertThat(new ReportStamps(postgres).of(USER))
                .as("every rewrite stamps the person's reports as changed, whichever server wrote")
                .isEqualTo(60);
    }

    private static DailyTotals node() {
        ClickHouseRepository repository =
                new ClickHouseRepository(clickHouse, schema, ClickHouseProducer.insert("legacy"));
        return new DailyTotals(repository, schema, postgres, new ReportStamps(postgres));
    }

    private static List<BigDecimal> sumOf(String sql) throws SQLException {
        try (Connection connection = clickHouse.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return List.of(row.getBigDecimal(1).stripTrailingZeros(), new BigDecimal(row.getLong(2)));
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = clickHouse.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
