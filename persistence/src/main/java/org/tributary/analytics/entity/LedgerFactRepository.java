package org.tributary.analytics.entity;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * All access to the ClickHouse ledger table. Writes go in JDBC batches; reads always name the user, and
 * use {@code FINAL} so that a rewritten transaction is seen once, in its newest version.
 */
public class LedgerFactRepository {

    private static final String COLUMNS = "user_id, transaction_id, source_id, source_kind, source_name, booked_date,"
            + " amount, currency, description, merchant, category, type, version, deleted";

    private final DataSource dataSource;
    private final String table;

    public LedgerFactRepository(DataSource dataSource, ClickHouseSchema schema) {
        this.dataSource = dataSource;
        this.table = schema.database() + ".ledger";
    }

    public void insert(Collection<LedgerFact> facts) throws SQLException {
        if (facts.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            for (LedgerFact fact : facts) {
                bind(insert, fact);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public List<LedgerFact> findByUser(UUID userId, LocalDate from, LocalDate to) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM " + table + " FINAL"
                + " WHERE user_id = ? AND booked_date >= ? AND booked_date <= ? AND deleted = 0"
                + " ORDER BY booked_date, transaction_id";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, userId.toString());
            query.setDate(2, Date.valueOf(from));
            query.setDate(3, Date.valueOf(to));
            try (ResultSet rows = query.executeQuery()) {
                List<LedgerFact> facts = new ArrayList<>();
                while (rows.next()) {
                    facts.add(read(rows));
                }
                return facts;
            }
        }
    }

    private static void bind(PreparedStatement insert, LedgerFact fact) throws SQLException {
        insert.setString(1, fact.userId().toString());
        insert.setString(2, fact.transactionId().toString());
        insert.setString(
                3,
                fact.sourceId() == null
                        ? new UUID(0, 0).toString()
                        : fact.sourceId().toString());
        insert.setString(4, nullToEmpty(fact.sourceKind()));
        insert.setString(5, nullToEmpty(fact.sourceName()));
        insert.setDate(6, Date.valueOf(fact.bookedDate()));
        insert.setBigDecimal(7, fact.amount());
        insert.setString(8, fact.currency());
        insert.setString(9, nullToEmpty(fact.description()));
        insert.setString(10, nullToEmpty(fact.merchant()));
        insert.setString(11, nullToEmpty(fact.category()));
        insert.setString(12, nullToEmpty(fact.type()));
        insert.setLong(13, fact.version());
        insert.setInt(14, fact.deleted() ? 1 : 0);
    }

    private static LedgerFact read(ResultSet rows) throws SQLException {
        UUID sourceId = UUID.fromString(rows.getString("source_id"));
        return new LedgerFact(
                UUID.fromString(rows.getString("user_id")),
                UUID.fromString(rows.getString("transaction_id")),
                sourceId.equals(new UUID(0, 0)) ? null : sourceId,
                rows.getString("source_kind"),
                rows.getString("source_name"),
                rows.getDate("booked_date").toLocalDate(),
                rows.getBigDecimal("amount"),
                rows.getString("currency"),
                rows.getString("description"),
                rows.getString("merchant"),
                rows.getString("category"),
                rows.getString("type"),
                rows.getLong("version"),
                rows.getInt("deleted") != 0);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
