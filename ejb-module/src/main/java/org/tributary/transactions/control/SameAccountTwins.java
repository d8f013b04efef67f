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
import java.util.Optional;
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

    /**
     * The booked rows of the other way, of the wanted amounts, whose days meet those wanted: the same booking day, or
     * crossed — one's booking day is the other's value day, or both have the same value day (a file that dates by
     * value, as MT940 does, and an API that dates by booking) — that this import has not matched yet.
     */
    private static final String OTHER_WAY = "select t.id, t.source_id, t.booked_date, t.value_date, t.amount"
            + " from transactions t"
            + " join unnest(?::uuid[], ?::date[], ?::date[], ?::numeric[]) k (source_id, booked_date, value_date, amount)"
            + " on t.source_id = k.source_id and t.amount = k.amount and (t.booked_date = k.booked_date"
            + " or t.booked_date = k.value_date or t.value_date = k.booked_date or t.value_date = k.value_date)"
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
        OtherWay otherWay = otherWay(connection, userId, importId, fetched, candidates);
        Set<UUID> twins = new HashSet<>();
        List<UUID> links = new ArrayList<>();
        List<LedgerWrites.NewTransaction> unmatched = new ArrayList<>();
        for (LedgerWrites.NewTransaction row : candidates) {
            otherWay.take(otherWay.byBookingDay, row, row.bookedDate())
                    .ifPresentOrElse(
                            twin -> {
                                links.add(twin);
                                twins.add(row.id());
                            },
                            () -> unmatched.add(row));
        }
        // Only then the crossed days, so that a row of the same day is never taken by another's crossed one.
        for (LedgerWrites.NewTransaction row : unmatched) {
            otherWay.take(otherWay.byBookingDay, row, row.valueDate())
                    .or(() -> otherWay.take(otherWay.byValueDay, row, row.bookedDate()))
                    .or(() -> otherWay.take(otherWay.byValueDay, row, row.valueDate()))
                    .ifPresent(twin -> {
                        links.add(twin);
                        twins.add(row.id());
                    });
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

    /** The other way's rows found, by account, amount and booking day and by value day; each taken once. */
    private static final class OtherWay {
        final Map<Key, Deque<UUID>> byBookingDay = new HashMap<>();
        final Map<Key, Deque<UUID>> byValueDay = new HashMap<>();
        final Set<UUID> taken = new HashSet<>();

        /** The first row of the day in the index, of the row's account and amount, not taken yet. */
        Optional<UUID> take(Map<Key, Deque<UUID>> index, LedgerWrites.NewTransaction row, LocalDate day) {
            Deque<UUID> left = day == null ? null : index.get(Key.of(row.sourceId(), day, row.amount()));
            while (left != null && !left.isEmpty()) {
                UUID id = left.removeFirst();
                if (taken.add(id)) {
                    return Optional.of(id);
                }
            }
            return Optional.empty();
        }
    }

    private static OtherWay otherWay(
            Connection connection, UUID userId, UUID importId, boolean fetched, List<LedgerWrites.NewTransaction> rows)
            throws SQLException {
        record Wanted(UUID sourceId, LocalDate booked, LocalDate value, String amount) {}
        Set<Wanted> wanted = new HashSet<>();
        List<UUID> sources = new ArrayList<>();
        List<Date> bookingDays = new ArrayList<>();
        List<Date> valueDays = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        for (LedgerWrites.NewTransaction row : rows) {
            Key key = Key.of(row.sourceId(), row.bookedDate(), row.amount());
            if (wanted.add(new Wanted(row.sourceId(), row.bookedDate(), row.valueDate(), key.amount()))) {
                sources.add(row.sourceId());
                bookingDays.add(Date.valueOf(row.bookedDate()));
                valueDays.add(row.valueDate() == null ? null : Date.valueOf(row.valueDate()));
                amounts.add(row.amount());
            }
        }
        OtherWay found = new OtherWay();
        try (PreparedStatement query = connection.prepareStatement(OTHER_WAY)) {
            query.setArray(1, connection.createArrayOf("uuid", sources.toArray()));
            query.setArray(2, connection.createArrayOf("date", bookingDays.toArray()));
            query.setArray(3, connection.createArrayOf("date", valueDays.toArray()));
            query.setArray(4, connection.createArrayOf("numeric", amounts.toArray()));
            query.setObject(5, userId);
            query.setBoolean(6, fetched);
            query.setObject(7, importId);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    UUID id = result.getObject(1, UUID.class);
                    UUID sourceId = result.getObject(2, UUID.class);
                    BigDecimal amount = result.getBigDecimal(5);
                    found.byBookingDay
                            .computeIfAbsent(
                                    Key.of(sourceId, result.getDate(3).toLocalDate(), amount), k -> new ArrayDeque<>())
                            .add(id);
                    Date value = result.getDate(4);
                    if (value != null) {
                        found.byValueDay
                                .computeIfAbsent(Key.of(sourceId, value.toLocalDate(), amount), k -> new ArrayDeque<>())
                                .add(id);
                    }
                }
            }
        }
        return found;
    }
}
