package org.tributary.analytics.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Creates the analytics database and its tables if they are missing. Every statement is idempotent, so it
 * runs on each deploy and again whenever ClickHouse comes back after an outage. The SQL keeps to what
 * ClickHouse 18.16 and current servers both accept.
 */
public final class ClickHouseSchema {

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final List<String> TABLES = List.of("clickhouse/ledger.sql", "clickhouse/daily_totals.sql");
    /** The daily totals before they were summed (decision 16): replaced by daily_totals on the next deploy. */
    private static final String VERSIONED_DAILY_TOTALS = "ledger_daily";

    private final DataSource dataSource;
    private final String database;

    public ClickHouseSchema(DataSource dataSource, String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a ClickHouse database name: " + database);
        }
        this.dataSource = dataSource;
        this.database = database;
    }

    public String database() {
        return database;
    }

    public void create() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE DATABASE IF NOT EXISTS " + database);
            for (String table : TABLES) {
                statement.executeUpdate(read(table).replace("${database}", database));
            }
            if (exists(statement, VERSIONED_DAILY_TOTALS)) {
                // Filled afresh from the ledger, then the old table dropped: a crash in between does it again.
                statement.executeUpdate("DROP TABLE " + database + ".daily_totals");
                statement.executeUpdate(read("clickhouse/daily_totals.sql").replace("${database}", database));
                statement.executeUpdate("INSERT INTO " + database + ".daily_totals " + dailyTotalsOfLedger("1"));
                statement.executeUpdate("DROP TABLE " + database + "." + VERSIONED_DAILY_TOTALS);
            }
        }
    }

    /**
     * The daily totals of the ledger's live rows that meet a condition, as rows of {@code daily_totals}: one
     * per user, day, source, category, type, merchant and currency with its sum, money out and count.
     */
    public String dailyTotalsOfLedger(String condition) {
        return read("clickhouse/daily_totals_of_ledger.sql")
                .replace("${database}", database)
                .replace("${condition}", condition);
    }

    private boolean exists(Statement statement, String table) throws SQLException {
        try (ResultSet found = statement.executeQuery(
                "SELECT count() FROM system.tables WHERE database = '" + database + "' AND name = '" + table + "'")) {
            return found.next() && found.getLong(1) > 0;
        }
    }

    private static String read(String resource) {
        try (InputStream in = ClickHouseSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
