package org.tributary.transactions.control;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one way new rows enter the ledger (decision 37): an import's chunks and a hand-entered cash entry
 * alike, on the caller's connection (so in the caller's transaction), in one statement however many rows.
 *
 * <p>A fingerprint the user's ledger already holds is a duplicate and is not stored again — except that a
 * pending row whose booked twin arrives is promoted: it becomes booked with the booked row's date, amount and
 * bank id, keeps its id, category and import, and is marked for ClickHouse (which pending rows never reach). A
 * bank connection's row that came the other way (fetched, or in a file) is recognised as well ({@link
 * SameAccountTwins}).
 */
public final class LedgerWrites {

    /** A transaction as it enters the ledger. */
    public record NewTransaction(
            UUID id,
            UUID userId,
            UUID sourceId,
            UUID importId,
            LocalDate bookedDate,
            LocalDate valueDate,
            BigDecimal amount,
            String currency,
            String description,
            String merchant,
            String counterparty,
            String externalId,
            boolean pending,
            String type,
            String category,
            String categorisedBy,
            UUID fingerprint,
            Double confidence,
            String categoryReason) {}

    /** How many rows were stored new, and how many pending rows were promoted to booked. */
    public record Written(int inserted, int promoted) {}

    /** Rows travel as arrays; PostgreSQL counts what it really inserted. */
    static final String INSERT = "insert into transactions (id, user_id, source_id, import_id, booked_date,"
            + " value_date, amount, currency, description, merchant, counterparty, external_id, pending, type,"
            + " category, categorised_by, fingerprint, confidence, category_reason)"
            + " select * from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::date[], ?::date[], ?::numeric[],"
            + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::text[], ?::text[], ?::text[],"
            + " ?::uuid[], ?::numeric[], ?::text[]) order by 17 on conflict (user_id, fingerprint) do nothing";

    /**
     * Before the insert, which then finds them as duplicates. An update rather than the insert's
     * {@code on conflict do update}, which fails when one statement meets a fingerprint twice.
     */
    static final String PROMOTE = "update transactions t set pending = false, booked_date = b.booked_date,"
            + " value_date = b.value_date, amount = b.amount, currency = b.currency,"
            + " external_id = coalesce(b.external_id, t.external_id), version = t.version + 1, analytics_stale = true"
            + " from unnest(?::uuid[], ?::date[], ?::date[], ?::numeric[], ?::text[], ?::text[])"
            + " b (fingerprint, booked_date, value_date, amount, currency, external_id)"
            + " where t.user_id = ? and t.fingerprint = b.fingerprint and t.pending";

    /**
     * Within the days a completed sync covered, the pending rows earlier syncs brought that this one neither brought
     * again nor promoted: the bank booked them under another id (whose row this sync stored) or dropped them.
     * Pending rows never reach ClickHouse, so the ledger is the only place they leave.
     */
    static final String VANISHED_PENDING = "delete from transactions t using import_runs r"
            + " where r.id = ? and r.fetched and r.fetched_since is not null"
            + " and t.user_id = r.user_id and t.source_id = r.source_id and t.pending"
            + " and t.booked_date >= r.fetched_since and t.import_id <> r.id"
            + " and exists (select 1 from import_runs o where o.id = t.import_id and o.fetched)"
            + " and not exists (select 1 from import_duplicates d where d.import_id = r.id and d.transaction_id = t.id)";

    private LedgerWrites() {}

    /** @return how many pending rows a completed sync found gone ({@link #VANISHED_PENDING}) */
    public static int dropVanishedPending(Connection connection, UUID importId) throws SQLException {
        try (PreparedStatement drop = connection.prepareStatement(VANISHED_PENDING)) {
            drop.setObject(1, importId);
            return drop.executeUpdate();
        }
    }

    public static Written write(Connection connection, List<NewTransaction> rows) throws SQLException {
        if (rows.isEmpty()) {
            return new Written(0, 0);
        }
        int promoted = promote(connection, rows);
        List<NewTransaction> kept = SameAccountTwins.withoutTwins(connection, rows);
        if (kept.isEmpty()) {
            return new Written(0, promoted);
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bind(connection, insert, kept);
            return new Written(insert.executeUpdate(), promoted);
        }
    }

    private static int promote(Connection connection, List<NewTransaction> rows) throws SQLException {
        List<NewTransaction> booked = rows.stream().filter(r -> !r.pending()).toList();
        if (booked.isEmpty()) {
            return 0;
        }
        try (PreparedStatement promote = connection.prepareStatement(PROMOTE)) {
            promote.setArray(1, array(connection, "uuid", booked, NewTransaction::fingerprint));
            promote.setArray(2, array(connection, "date", booked, e -> Date.valueOf(e.bookedDate())));
            promote.setArray(
                    3,
                    array(connection, "date", booked, e -> e.valueDate() == null ? null : Date.valueOf(e.valueDate())));
            promote.setArray(4, array(connection, "numeric", booked, NewTransaction::amount));
            promote.setArray(5, array(connection, "text", booked, NewTransaction::currency));
            promote.setArray(6, array(connection, "text", booked, NewTransaction::externalId));
            promote.setObject(7, booked.get(0).userId());
            return promote.executeUpdate();
        }
    }

    private static void bind(Connection connection, PreparedStatement insert, List<NewTransaction> rows)
            throws SQLException {
        insert.setArray(1, array(connection, "uuid", rows, NewTransaction::id));
        insert.setArray(2, array(connection, "uuid", rows, NewTransaction::userId));
        insert.setArray(3, array(connection, "uuid", rows, NewTransaction::sourceId));
        insert.setArray(4, array(connection, "uuid", rows, NewTransaction::importId));
        insert.setArray(5, array(connection, "date", rows, e -> Date.valueOf(e.bookedDate())));
        insert.setArray(
                6, array(connection, "date", rows, e -> e.valueDate() == null ? null : Date.valueOf(e.valueDate())));
        insert.setArray(7, array(connection, "numeric", rows, NewTransaction::amount));
        insert.setArray(8, array(connection, "text", rows, NewTransaction::currency));
        insert.setArray(9, array(connection, "text", rows, NewTransaction::description));
        insert.setArray(10, array(connection, "text", rows, NewTransaction::merchant));
        insert.setArray(11, array(connection, "text", rows, NewTransaction::counterparty));
        insert.setArray(12, array(connection, "text", rows, NewTransaction::externalId));
        insert.setArray(13, array(connection, "bool", rows, NewTransaction::pending));
        insert.setArray(14, array(connection, "text", rows, NewTransaction::type));
        insert.setArray(15, array(connection, "text", rows, NewTransaction::category));
        insert.setArray(16, array(connection, "text", rows, NewTransaction::categorisedBy));
        insert.setArray(17, array(connection, "uuid", rows, NewTransaction::fingerprint));
        insert.setArray(18, array(connection, "numeric", rows, NewTransaction::confidence));
        insert.setArray(19, array(connection, "text", rows, NewTransaction::categoryReason));
    }

    private static Array array(
            Connection connection, String type, List<NewTransaction> rows, Function<NewTransaction, Object> column)
            throws SQLException {
        return connection.createArrayOf(type, rows.stream().map(column).toArray());
    }
}
