package org.tributary.transactions.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
import org.tributary.platform.control.Money;
import org.tributary.platform.control.NotFoundException;
import org.tributary.platform.control.Resources;

/**
 * Reads the ledger for one user, filtered and paged in PostgreSQL. Every statement starts from the user's
 * id; filters only ever narrow it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Ledger {

    public record Page(List<TransactionView> items, long total, int page, int size) {}

    private static final String COLUMNS = "t.id, t.booked_date, t.amount, t.currency, t.description, t.merchant,"
            + " t.category, t.type, t.pending, t.source_id, s.kind, s.name, t.categorised_by, t.category_reason";

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    /** A numbered page (the API's), and how many transactions match in all. */
    public Page list(UUID userId, TransactionQuery query) {
        List<Object> parameters = new ArrayList<>();
        String where = where(userId, query, parameters);
        try (Connection connection = ledger.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement("select count(*) from " + from(query) + where)) {
                bind(count, parameters);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(query.size());
            paged.add((long) query.page() * query.size());
            List<TransactionView> items = select(
                    connection,
                    where + SeekSql.orderBy(TransactionOrder.NEWEST_FIRST, false) + " limit ? offset ?",
                    paged);
            return new Page(items, total, query.page(), query.size());
        } catch (SQLException e) {
            throw new IllegalStateException("ledger unavailable", e);
        }
    }

    /**
     * One page in the given order, starting where the seek says: next to a row already shown, the query reads
     * only the page's own rows (and the skipped ones) from the order's index, however deep the page lies.
     *
     * @return the page's rows in the order asked for (also when the seek reads backwards)
     */
    public List<TransactionView> page(
            UUID userId, TransactionQuery query, TransactionOrder order, Seek seek, int size) {
        List<Object> parameters = new ArrayList<>();
        String where = where(userId, query, parameters) + SeekSql.past(order, seek, parameters);
        parameters.add(size);
        parameters.add(seek.skip());
        try (Connection connection = ledger.getConnection()) {
            List<TransactionView> rows = select(
                    connection, where + SeekSql.orderBy(order, seek.backwards()) + " limit ? offset ?", parameters);
            if (seek.backwards()) {
                Collections.reverse(rows);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("ledger unavailable", e);
        }
    }

    /** How many transactions match (after a row, in an order), counted up to a limit. */
    public record Count(long rows, boolean more) {}

    /**
     * Counts the matching transactions after a row (null: from the start), but no further than the limit: a
     * count costs at most that many index entries, however long the list.
     *
     * @return the count, at most limit, and whether there are more
     */
    public Count count(UUID userId, TransactionQuery query, TransactionOrder order, TransactionView after, int limit) {
        List<Object> parameters = new ArrayList<>();
        String where = where(userId, query, parameters) + SeekSql.past(order, Seek.after(after, 0), parameters);
        parameters.add(limit + 1);
        try (Connection connection = ledger.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from (select 1 from " + from(query) + where + " limit ?) counted")) {
            bind(count, parameters);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                long rows = row.getLong(1);
                return new Count(Math.min(rows, limit), rows > limit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ledger unavailable", e);
        }
    }

    private static List<TransactionView> select(Connection connection, String whereAndOrder, List<Object> parameters)
            throws SQLException {
        List<TransactionView> items = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select " + COLUMNS + " from transactions t join sources s on s.id = t.source_id" + whereAndOrder)) {
            bind(select, parameters);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(view(rows));
                }
            }
        }
        return items;
    }

    /** The sources are joined only when a filter needs them: a count reads the ledger alone. */
    private static String from(TransactionQuery query) {
        return query.sourceKinds() == null || query.sourceKinds().isEmpty()
                ? "transactions t"
                : "transactions t join sources s on s.id = t.source_id";
    }

    /**
     * Hands every matching transaction, oldest first, to the reader through a server-side cursor: a million
     * of them stream through without being held in memory.
     */
    public void stream(UUID userId, TransactionQuery query, Consumer<Iterator<TransactionView>> reader) {
        List<Object> parameters = new ArrayList<>();
        String where = where(userId, query, parameters);
        try (Connection connection = ledger.getConnection()) {
            connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                    + " from transactions t join sources s on s.id = t.source_id" + where
                    + " order by t.booked_date, t.id")) {
                select.setFetchSize(STREAM_FETCH_SIZE);
                bind(select, parameters);
                try (ResultSet rows = select.executeQuery()) {
                    reader.accept(new RowIterator(rows));
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ledger unavailable", e);
        }
    }

    private static final int STREAM_FETCH_SIZE = 5_000;

    /** A result set as an iterator of views; SQL errors surface as unchecked ones. */
    private static final class RowIterator implements Iterator<TransactionView> {

        private final ResultSet rows;
        private Boolean hasNext;

        RowIterator(ResultSet rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            if (hasNext == null) {
                try {
                    hasNext = rows.next();
                } catch (SQLException e) {
                    throw new IllegalStateException("ledger unavailable", e);
                }
            }
            return hasNext;
        }

        @Override
        public TransactionView next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            hasNext = null;
            try {
                return view(rows);
            } catch (SQLException e) {
                throw new IllegalStateException("ledger unavailable", e);
            }
        }
    }

    /** The first and the last day of a person's transactions. */
    public record DateRange(LocalDate first, LocalDate last) {}

    /** @return the days the person's transactions span, or empty when there are none at all */
    public Optional<DateRange> dateRange(UUID userId) {
        try (Connection connection = ledger.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select min(booked_date), max(booked_date) from transactions where user_id = ?")) {
            select.setObject(1, userId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                Date first = row.getDate(1);
                return first == null
                        ? Optional.empty()
                        : Optional.of(new DateRange(
                                first.toLocalDate(), row.getDate(2).toLocalDate()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ledger unavailable", e);
        }
    }

    /**
     * The newest booked day (pending ones aside) that a sync of the source fetched, whether it stored the row or
     * recognised it as one a file had brought; empty when no sync fetched any. The files of the source do not count,
     * so a connection that took over an account's file source still fetches the bank's history once.
     */
    public Optional<LocalDate> lastFetchedDay(UUID userId, UUID sourceId) {
        try (Connection connection = ledger.getConnection();
                PreparedStatement select = connection.prepareStatement("select max(t.booked_date) from transactions t"
                        + " where t.user_id = ? and t.source_id = ? and not t.pending"
                        + " and (exists (select 1 from import_runs r where r.id = t.import_id and r.fetched)"
                        + " or exists (select 1 from import_duplicates d join import_runs r on r.id = d.import_id"
                        + " where d.transaction_id = t.id and r.fetched))")) {
            select.setObject(1, userId);
            select.setObject(2, sourceId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                Date last = row.getDate(1);
                return last == null ? Optional.empty() : Optional.of(last.toLocalDate());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ledger unavailable", e);
        }
    }

    public TransactionView find(UUID userId, UUID id) {
        try (Connection connection = ledger.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select " + COLUMNS
                                + " from transactions t join sources s on s.id = t.source_id where t.user_id = ? and t.id = ?")) {
            select.setObject(1, userId);
            select.setObject(2, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotFoundException("transaction");
                }
                return view(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ledger unavailable", e);
        }
    }

    private static String where(UUID userId, TransactionQuery query, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" where t.user_id = ?");
        parameters.add(userId);
        if (query.from() != null) {
            where.append(" and t.booked_date >= ?");
            parameters.add(Date.valueOf(query.from()));
        }
        if (query.to() != null) {
            where.append(" and t.booked_date <= ?");
            parameters.add(Date.valueOf(query.to()));
        }
        in(where, parameters, "t.category", query.categories());
        in(where, parameters, "s.kind", query.sourceKinds());
        in(where, parameters, "t.source_id", query.sources());
        if (query.id() != null) {
            where.append(" and t.id = ?");
            parameters.add(query.id());
        }
        if (query.type() != null) {
            where.append(" and t.type = ?");
            parameters.add(query.type());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (t.description ilike ? or t.merchant ilike ?)");
            String like = "%"
                    + query.text()
                            .strip()
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%";
            parameters.add(new SearchPattern(like));
            parameters.add(new SearchPattern(like));
        }
        return where.toString();
    }

    private static void in(StringBuilder where, List<Object> parameters, String column, List<?> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        where.append(" and ").append(column).append(" in (");
        for (int i = 0; i < values.size(); i++) {
            where.append(i == 0 ? "?" : ", ?");
            parameters.add(values.get(i));
        }
        where.append(')');
    }

    /**
     * An ILIKE pattern of a search. Which plan is fast depends on it: the trigram index for rare or absent
     * words (V17), the date index for common ones. A statement the driver has prepared on the server is
     * planned once for any pattern after five runs (a generic plan: the date index, 3.5 s for an absent word
     * at a million rows), so a statement with a pattern is never prepared there and is planned for its own.
     */
    private record SearchPattern(String like) {}

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof SearchPattern pattern) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
                statement.setString(i + 1, pattern.like());
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private static TransactionView view(ResultSet row) throws SQLException {
        return new TransactionView(
                row.getObject("id", UUID.class),
                row.getDate("booked_date").toLocalDate(),
                Money.format(row.getBigDecimal("amount")),
                row.getString("currency"),
                row.getString("description"),
                row.getString("merchant"),
                row.getString("category"),
                row.getString("type"),
                row.getBoolean("pending"),
                row.getObject("source_id", UUID.class),
                row.getString("kind"),
                row.getString("name"),
                row.getString("categorised_by"),
                row.getString("category_reason"));
    }

    /** A payment out, as a positive amount. */
    public record Expense(UUID id, LocalDate date, java.math.BigDecimal amount) {}

    /** The person's booked payments at a merchant in one currency from one day to another, earliest first. */
    public List<Expense> expensesAt(UUID userId, String merchant, String currency, LocalDate from, LocalDate to) {
        List<Expense> expenses = new ArrayList<>();
        try (Connection connection = ledger.getConnection();
                PreparedStatement select = connection.prepareStatement("select id, booked_date, -amount from"
                        + " transactions where user_id = ? and merchant = ? and currency = ? and type = 'EXPENSE'"
                        + " and not pending and booked_date between ? and ? order by booked_date, id limit 1000")) {
            select.setObject(1, userId);
            select.setString(2, merchant);
            select.setString(3, currency);
            select.setDate(4, Date.valueOf(from));
            select.setDate(5, Date.valueOf(to));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    expenses.add(new Expense(
                            row.getObject(1, UUID.class), row.getDate(2).toLocalDate(), row.getBigDecimal(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ledger unavailable", e);
        }
        return expenses;
    }

    /**
     * The ids of the person's booked transactions of a type in a period, the largest first: in one category, at
     * some merchants, or all (category null, merchants empty).
     */
    public List<UUID> largestIds(
            UUID userId,
            String type,
            LocalDate from,
            LocalDate to,
            String category,
            List<String> merchants,
            int limit) {
        StringBuilder sql = new StringBuilder("select id from transactions where user_id = ? and type = ?"
                + " and not pending and booked_date between ? and ?");
        if (category != null) {
            sql.append(" and category = ?");
        }
        if (!merchants.isEmpty()) {
            sql.append(" and merchant = any(?)");
        }
        sql.append(" order by abs(amount) desc, booked_date desc, id limit ?");
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = ledger.getConnection();
                PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int i = 1;
            select.setObject(i++, userId);
            select.setString(i++, type);
            select.setDate(i++, Date.valueOf(from));
            select.setDate(i++, Date.valueOf(to));
            if (category != null) {
                select.setString(i++, category);
            }
            if (!merchants.isEmpty()) {
                select.setArray(i++, connection.createArrayOf("text", merchants.toArray()));
            }
            select.setInt(i, limit);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ledger unavailable", e);
        }
        return ids;
    }
}
