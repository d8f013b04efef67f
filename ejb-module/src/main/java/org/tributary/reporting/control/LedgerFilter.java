package org.tributary.reporting.control;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.tributary.analytics.control.DailyTotals;

/**
 * The one place where a ClickHouse query over the ledger is scoped: always the user and live rows, then the
 * period and the report's filters. Conditions are SQL with '?' placeholders; {@link #bind} sets them in
 * the order they were added.
 */
final class LedgerFilter {

    private static final int SHORT_PERIOD_DAYS = 92;

    private final StringBuilder sql;
    private final List<Object> parameters = new ArrayList<>();

    private LedgerFilter(LedgerFilter one, LedgerFilter other) {
        sql = new StringBuilder("((")
                .append(one.sql)
                .append(") OR (")
                .append(other.sql)
                .append("))");
        parameters.addAll(one.parameters);
        parameters.addAll(other.parameters);
    }

    private LedgerFilter(UUID userId) {
        sql = new StringBuilder("user_id = ?");
        parameters.add(userId.toString());
    }

    /** The user's whole ledger, no other condition. */
    static LedgerFilter of(UUID userId) {
        return new LedgerFilter(userId).and("deleted = 0");
    }

    /** Every version of every row of the user's, deleted or not (for {@link Candidates#latest}). */
    static LedgerFilter versions(UUID userId) {
        return new LedgerFilter(userId);
    }

    /** The user's rows in the query's period that pass its filters. */
    static LedgerFilter of(UUID userId, ReportQuery query) {
        return of(userId).between(query.from(), query.to()).filters(query);
    }

    /**
     * The user's daily totals ({@code {daily}}), no other condition. Its rows are parts of sums (see {@link
     * DailyTotals}): a query adds them up before it asks whether a group has transactions.
     */
    static LedgerFilter daily(UUID userId) {
        return new LedgerFilter(userId);
    }

    /** The user's daily totals in the query's period that pass its filters. */
    static LedgerFilter daily(UUID userId, ReportQuery query) {
        return daily(userId).between(query.from(), query.to()).filters(query);
    }

    /** The rows of either filter (each scoped to its user). */
    static LedgerFilter either(LedgerFilter one, LedgerFilter other) {
        return new LedgerFilter(one, other);
    }

    LedgerFilter between(java.time.LocalDate from, java.time.LocalDate to) {
        return and("booked_date >= ? AND booked_date <= ?", Date.valueOf(from), Date.valueOf(to));
    }

    LedgerFilter filters(ReportQuery query) {
        in("category", query.categories());
        return sources(query);
    }

    /** The query's filters of source kind and source, not its categories. */
    LedgerFilter sources(ReportQuery query) {
        in("source_kind", query.sourceKinds());
        in("toString(source_id)", query.sources().stream().map(UUID::toString).toList());
        return this;
    }

    LedgerFilter and(String condition, Object... values) {
        sql.append(" AND (").append(condition).append(')');
        Collections.addAll(parameters, values);
        return this;
    }

    /** The column is one of the values; no condition when there are none. */
    LedgerFilter in(String column, java.util.Collection<?> values) {
        if (!values.isEmpty()) {
            and(column + " IN (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")", values.toArray());
        }
        return this;
    }

    /** The UUID column is one of the ids (strings); no condition when there are none. */
    LedgerFilter inIds(String column, java.util.Collection<String> ids) {
        if (!ids.isEmpty()) {
            and(
                    column + " IN (" + String.join(", ", Collections.nCopies(ids.size(), "toUUID(?)")) + ")",
                    ids.toArray());
        }
        return this;
    }

    /**
     * The column is one of the values a ClickHouse query selects ({@code {ledger…}} and {@code {daily}} allowed,
     * one {@code {filter}} replaced by the given filter): a set that grows with the data goes in as a query,
     * never as literals, so the query's text stays the same size however many merchants a ledger has.
     */
    LedgerFilter inQuery(String column, String query, LedgerFilter queryFilter) {
        if (!query.contains("{filter}")) {
            throw new IllegalArgumentException("a set's query is scoped by a filter: " + query);
        }
        return and(column + " IN (" + queryFilter.into(query) + ")", queryFilter.parameters.toArray());
    }

    /**
     * The merchants of a short period (up to a quarter), as the set the period's daily totals (its filter) select:
     * for a question about the history before a period that only ever meets the period's merchants. For a long
     * one no set: at a million rows the set of a year's 92,000 merchants costs more to build than the whole
     * history before it to read (decision 58).
     */
    LedgerFilter merchantsOfShortPeriod(ReportQuery query, LedgerFilter periodDays) {
        if (java.time.temporal.ChronoUnit.DAYS.between(query.from(), query.to()) < SHORT_PERIOD_DAYS) {
            inQuery("merchant", "SELECT merchant FROM {daily} WHERE {filter}", periodDays);
        }
        return this;
    }

    /**
     * As {@link #inIds}, or else one of those the query selects (as {@link #inQuery}): a few ids found in
     * Java and a set that grows with the data, together.
     */
    LedgerFilter inIdsOrQuery(String column, java.util.Collection<String> ids, String query, LedgerFilter queryFilter) {
        List<Object> values = new ArrayList<>(ids);
        values.addAll(queryFilter.parameters);
        String literals = ids.isEmpty()
                ? ""
                : column + " IN (" + String.join(", ", Collections.nCopies(ids.size(), "toUUID(?)")) + ") OR ";
        return and(literals + column + " IN (" + queryFilter.into(query) + ")", values.toArray());
    }

    /** The query with its {@code {filter}} replaced by these conditions. */
    String into(String query) {
        return query.replaceFirst("\\{filter}", java.util.regex.Matcher.quoteReplacement(sql()));
    }

    String sql() {
        return sql.toString();
    }

    /** @return the next free parameter index */
    List<Object> parameters() {
        return List.copyOf(parameters);
    }

    int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (Object value : parameters) {
            if (value instanceof Date date) {
                statement.setDate(index++, date);
            } else {
                statement.setString(index++, value.toString());
            }
        }
        return index;
    }
}
