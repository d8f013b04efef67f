package org.tributary.analytics.control;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.tributary.analytics.entity.ClickHouseSchema;
import org.tributary.analytics.entity.LedgerFact;
import org.tributary.analytics.entity.LedgerFactRepository;

/**
 * The one way into ClickHouse (decision 37): callers hand it SQL with parameters, facts, or a stream of
 * tab-separated rows; only this class holds the data source, and only its {@link TabSeparatedInsert} knows
 * which JDBC driver is underneath. The SQL may name the tables by placeholder: {@code {ledger}} (read
 * FINAL), {@code {ledger_unmerged}}, {@code {daily}}.
 */
public class ClickHouseRepository {

    /** Binds a statement's parameters, with plain {@link PreparedStatement} setters. */
    public interface Parameters {
        void bind(PreparedStatement statement) throws SQLException;
    }

    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Streams tab-separated rows into a table: the only thing that differs between the JDBC drivers. */
    public interface TabSeparatedInsert {
        void insert(Connection connection, String table, InputStream rows) throws SQLException, IOException;
    }

    private final DataSource dataSource;
    private final ClickHouseSchema schema;
    private final TabSeparatedInsert bulk;
    private final LedgerFactRepository facts;

    public ClickHouseRepository(DataSource dataSource, ClickHouseSchema schema, TabSeparatedInsert bulk) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.bulk = bulk;
        this.facts = new LedgerFactRepository(dataSource, schema);
    }

    /**
     * A {@code Date} column's day, or null for ClickHouse's zero date: read as its text, which ClickHouse sends
     * as yyyy-MM-dd. The legacy driver's {@code getDate} builds a calendar per call, which was the largest
     * single cost of turning a year's daily totals (hundreds of thousands of rows) into a report.
     */
    public static java.time.LocalDate date(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        if (text == null || text.startsWith("0000")) {
            return null;
        }
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw new SQLException("not a date: " + text);
        }
        return java.time.LocalDate.of(
                Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10), Integer.parseInt(text, 8, 10, 10));
    }

    /** Fails unless ClickHouse answers. */
    public void ping() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet one = statement.executeQuery("SELECT 1")) {
            one.next();
        }
    }

    public <T> List<T> query(String sql, Parameters parameters, RowMapper<T> mapper) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(tables(sql, schema.database()))) {
            parameters.bind(query);
            List<T> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(mapper.map(row));
                }
            }
            return rows;
        }
    }

    public void execute(String sql, Parameters parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(tables(sql, schema.database()))) {
            parameters.bind(statement);
            statement.executeUpdate();
        }
    }

    /** Writes the facts in one batch: all of them, or (on an exception) none. */
    public void insert(Collection<LedgerFact> ledgerFacts) throws SQLException {
        facts.insert(ledgerFacts);
    }

    /** Streams tab-separated rows, in the ledger's column order, into the ledger table. */
    public void insertIntoLedger(InputStream rows) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            bulk.insert(connection, schema.database() + ".ledger", rows);
        }
    }

    public String database() {
        return schema.database();
    }

    /** The SQL with the tables' placeholders replaced by the tables of the database. */
    public static String tables(String sql, String database) {
        return sql.replace("{ledger_unmerged}", database + ".ledger")
                .replace("{ledger}", database + ".ledger FINAL")
                .replace("{daily}", database + ".daily_totals");
    }
}
