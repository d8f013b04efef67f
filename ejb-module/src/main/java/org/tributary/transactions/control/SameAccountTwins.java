package org.tributary.transactions.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The same transaction reaching a bank connection both ways — fetched from the bank's API and in a file the person
 * exported from the same account — is one transaction. The two never share a fingerprint (the file's ids are not
 * the API's, and its descriptions differ), so within a connection's account a booked row that is new by its
 * fingerprint is the twin of a booked row of the same day and amount that came the other way, if one is left that no
 * row of this import has already been matched to; failing that, of one whose days cross its own (a file that dates a
 * payment by its value day, an API that dates it by its booking day). It is then counted as a duplicate, linked to
 * that row as a file's duplicates are (undoing the import that stored it hands it over), and not stored. Rows that
 * came the same way are never twins: they have fingerprints for that. Only bank connections' sources are looked at;
 * a file source never receives a sync.
 */
final class SameAccountTwins {

    private static final String CONNECTIONS =
            "select id from sources where id = any(?::uuid[]) and kind = 'BANK_API' and user_id = ?";

    private static final String STORED =
            "select fingerprint from transactions where user_id = ? and fingerprint = any(?::uuid[])";

    /** The booked rows of the other way, of the wanted days and amounts, that this import has not matched yet. */
    private static final String OTHER_WAY = "select t.id, t.source_id, t.booked_date, t.amount from transactions t"
            + " join unnest(?::uuid[], ?::date[], ?::numeric[]) k (source_id, booked_date, amount)"
            + " on t.source_id = k.source_id and t.booked_date = k.booked_date and t.amount = k.amount"
            + " join import_runs r on r.id = t.import_id"
            + " where t.user_id = ? and not t.pending and r.fetched <> ?"
            + " and not exists (select 1 from import_duplicates d where d.import_id = ? and d.transaction_id = t.id)"
            + " order by t.booked_date, t.id";

    /**
     * The booked rows of the other way whose days cross those wanted: one's booking day is the other's value day, or
     * both have the same value day (a file that dates by value, as MT940 does, and an API that dates by booking).
     */
    private static final String OTHER_WAY_CROSSED = "select t.id, t.source_id, t.booked_date, t.value_date, t.amount"
            + " from transactions t"
            + " join unnest(?::uuid[], ?::date[], ?::date[], ?::numeric[]) k (source_id, booked_date, value_date, amount)"
            + " on t.source_id = k.source_id and t.amount = k.amount and (t.booked_date = k.value_date"
            + " or t.value_date = k.booked_date or t.value_date = k.value_date)"
            + " join import_runs r on r.id = t.import_id"
            + " where t.user_id = ? and not t.pending and r.fetched <> ?"
            + " and not exists (select 1 from import_duplicates d where d.import_id = ? and d.transaction_id = t.id)"
            + " order by t.booked_date, t.id";

    private static final String FETCHED = "select fetched from import_runs where id = ?";

    private static final String LINK = "insert into import_duplicates (import_id, transaction_id)"
            + " select ?, unnest(?::uuid[]) on conflict do nothing";

    private record Key(UUID sourceId, LocalDate day, String amount) {
        static Key of(UUID sourceId, LocalDate day, BigDecimal amount) {
            return new Key(sourceId, day, amount.stripTrailingZeros().toPlainString());
        }
    }

    private SameAccountTwins() {}

    /** @return the rows to store: all but the twins, which are linked as the import's duplicates */
    static List<LedgerWrites.NewTransaction> withoutTwins(Connection connection, List<LedgerWrites.NewTransaction> rows)
            throws SQLException {
        UUID importId = rows.get(0).importId();
        if (importId == null) {
            return rows;
        }
        UUID userId = rows.get(0).userId();
        Set<UUID> connections = connections(connection, userId, rows);
        if (connections.isEmpty()) {
            return rows;
        }
        List<LedgerWrites.NewTransaction> candidates = new ArrayList<>();
        for (LedgerWrites.NewTransaction row : rows) {
            if (!row.pending() && connections.contains(row.sourceId()) && importId.equals(row.importId())) {
                candidates.add(row);
            }
        }
        Set<UUID> stored = stored(connection, userId, candidates);
        Set<UUID> seen = new HashSet<>();
        candidates.removeIf(row -> stored.contains(row.fingerprint()) || !seen.add(row.fingerprint()));
        if (candidates.isEmpty()) {
            return rows;
        }
        Boolean fetched = fetched(connection, importId);
        if (fetched == null) {
            return rows;
        }
        Map<Key, Deque<UUID>> otherWay = otherWay(connection, userId, importId, fetched, candidates);
        Set<UUID> twins = new HashSet<>();
        List<UUID> links = new ArrayList<>();
        List<LedgerWrites.NewTransaction> unmatched = new ArrayList<>();
        for (LedgerWrites.NewTransaction row : candidates) {
            Deque<UUID> left = otherWay.get(Key.of(row.sourceId(), row.bookedDate(), row.amount()));
            if (left != null && !left.isEmpty()) {
                links.add(left.removeFirst());
                twins.add(row.id());
            } else {
                unmatched.add(row);
            }
        }
        if (!unmatched.isEmpty()) {
            matchCrossedDays(connection, userId, importId, fetched, unmatched, new HashSet<>(links), twins, links);
        }
        if (twins.isEmpty()) {
            return rows;
        }
        try (PreparedStatement link = connection.prepareStatement(LINK)) {
            link.setObject(1, importId);
            link.setArray(2, connection.createArrayOf("uuid", links.toArray()));
            link.executeUpdate();
        }
        return rows.stream().filter(row -> !twins.contains(row.id())).toList();
    }

    private static Set<UUID> connections(Connection connection, UUID userId, List<LedgerWrites.NewTransaction> rows)
            throws SQLException {
        Set<UUID> sources = new HashSet<>();
        rows.forEach(row -> sources.add(row.sourceId()));
        sources.remove(null);
        Set<UUID> connections = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(CONNECTIONS)) {
            query.setArray(1, connection.createArrayOf("uuid", sources.toArray()));
            query.setObject(2, userId);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    connections.add(result.getObject(1, UUID.class));
                }
            }
        }
        return connections;
    }

    private static Set<UUID> stored(Connection connection, UUID userId, List<LedgerWrites.NewTransaction> rows)
            throws SQLException {
        Set<UUID> stored = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(STORED)) {
            query.setObject(1, userId);
            query.setArray(
                    2,
                    connection.createArrayOf(
                            "uuid",
                            rows.stream()
                                    .map(LedgerWrites.NewTransaction::fingerprint)
                                    .toArray()));
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    stored.add(result.getObject(1, UUID.class));
                }
            }
        }
        return stored;
    }

    /** @return whether the import was fetched from a bank (null: no such import) */
    private static Boolean fetched(Connection connection, UUID importId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(FETCHED)) {
            query.setObject(1, importId);
            try (ResultSet result = query.executeQuery()) {
                return result.next() ? result.getBoolean(1) : null;
            }
        }
    }

    /**
     * The second look, for rows no row of the same day matched: a row of the other way whose booking and value
     * days cross this row's, each used once, the nearest booking day first.
     */
    private static void matchCrossedDays(
            Connection connection,
            UUID userId,
            UUID importId,
            boolean fetched,
            List<LedgerWrites.NewTransaction> rows,
            Set<UUID> used,
            Set<UUID> twins,
            List<UUID> links)
            throws SQLException {
        record Other(UUID id, UUID sourceId, LocalDate booked, LocalDate value, BigDecimal amount) {}
        List<Other> others = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(OTHER_WAY_CROSSED)) {
            query.setArray(
                    1,
                    connection.createArrayOf(
                            "uuid",
                            rows.stream()
                                    .map(LedgerWrites.NewTransaction::sourceId)
                                    .toArray()));
            query.setArray(
                    2,
                    connection.createArrayOf(
                            "date",
                            rows.stream().map(r -> Date.valueOf(r.bookedDate())).toArray()));
            query.setArray(
                    3,
                    connection.createArrayOf(
                            "date",
                            rows.stream()
                                    .map(r -> r.valueDate() == null ? null : Date.valueOf(r.valueDate()))
                                    .toArray()));
            query.setArray(
                    4,
                    connection.createArrayOf(
                            "numeric",
                            rows.stream()
                                    .map(LedgerWrites.NewTransaction::amount)
                                    .toArray()));
            query.setObject(5, userId);
            query.setBoolean(6, fetched);
            query.setObject(7, importId);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    Date value = result.getDate(4);
                    others.add(new Other(
                            result.getObject(1, UUID.class),
                            result.getObject(2, UUID.class),
                            result.getDate(3).toLocalDate(),
                            value == null ? null : value.toLocalDate(),
                            result.getBigDecimal(5)));
                }
            }
        }
        for (LedgerWrites.NewTransaction row : rows) {
            others.stream()
                    .filter(o -> !used.contains(o.id())
                            && o.sourceId().equals(row.sourceId())
                            && o.amount().compareTo(row.amount()) == 0
                            && crossed(row.bookedDate(), row.valueDate(), o.booked(), o.value()))
                    .min(java.util.Comparator.comparingLong(o ->
                            Math.abs(o.booked().toEpochDay() - row.bookedDate().toEpochDay())))
                    .ifPresent(o -> {
                        used.add(o.id());
                        links.add(o.id());
                        twins.add(row.id());
                    });
        }
    }

    static boolean crossed(LocalDate booked, LocalDate value, LocalDate otherBooked, LocalDate otherValue) {
        return (value != null && value.equals(otherBooked))
                || (otherValue != null && otherValue.equals(booked))
                || (value != null && value.equals(otherValue));
    }

    private static Map<Key, Deque<UUID>> otherWay(
            Connection connection, UUID userId, UUID importId, boolean fetched, List<LedgerWrites.NewTransaction> rows)
            throws SQLException {
        Set<Key> keys = new HashSet<>();
        List<UUID> sources = new ArrayList<>();
        List<Date> days = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        for (LedgerWrites.NewTransaction row : rows) {
            if (keys.add(Key.of(row.sourceId(), row.bookedDate(), row.amount()))) {
                sources.add(row.sourceId());
                days.add(Date.valueOf(row.bookedDate()));
                amounts.add(row.amount());
            }
        }
        Map<Key, Deque<UUID>> found = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(OTHER_WAY)) {
            query.setArray(1, connection.createArrayOf("uuid", sources.toArray()));
            query.setArray(2, connection.createArrayOf("date", days.toArray()));
            query.setArray(3, connection.createArrayOf("numeric", amounts.toArray()));
            query.setObject(4, userId);
            query.setBoolean(5, fetched);
            query.setObject(6, importId);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    found.computeIfAbsent(
                                    Key.of(
                                            result.getObject(2, UUID.class),
                                            result.getDate(3).toLocalDate(),
                                            result.getBigDecimal(4)),
                                    k -> new ArrayDeque<>())
                            .add(result.getObject(1, UUID.class));
                }
            }
        }
        return found;
    }
}
