package org.tributary.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.tributary.analytics.control.ClickHouseRepository;
import org.tributary.analytics.control.DailyTotals;

/**
 * Runs report queries on the ClickHouse ledger. {@code {ledger}} in the SQL stands for the table (read with
 * FINAL, so a re-categorised transaction counts once, in its latest version), {@code {ledger_unmerged}} for
 * the same table without FINAL (every version of each row: see {@link LatestRows}), {@code {daily}} for its
 * daily totals ({@link DailyTotals}); every {@code {filter}} is replaced by a filter's conditions, whose parameters
 * are bound in the order the filters are given.
 */
@ApplicationScoped
class LedgerAnalytics {

    /** Columns that make a {@link ReportTransaction}, in the order {@link #transaction} reads them. */
    static final String TRANSACTION_COLUMNS = "transaction_id, booked_date, amount, currency, description, merchant,"
            + " category, type, source_id, source_kind, source_name";

    /**
     * The amount in cents, for sorting and quantiles: ClickHouse 18.16 sorts Decimal values two orders of
     * magnitude slower than integers (a month of a million-row year, 80,000 rows ordered by amount: 12 s
     * against 50 ms).
     */
    static final String CENTS = "toInt64(amount * 100)";

    /**
     * The days a merchant was paid or paid the user, from the daily totals: per merchant, currency and day
     * its count and sum ({@code n}, {@code total}), only where there were transactions.
     */
    static final String DAYS_AT_MERCHANTS = "SELECT merchant, currency, booked_date, sum(transactions) AS n,"
            + " sum(amount) AS total FROM {daily} WHERE {filter} GROUP BY merchant, currency, booked_date HAVING n > 0";

    @Inject
    ClickHouseRepository clickHouse;

    @Inject
    ReportDeadline deadline;

    interface RowMapper<T> extends ClickHouseRepository.RowMapper<T> {}

    <T> List<T> query(String sql, RowMapper<T> mapper, LedgerFilter... filters) {
        try {
            return deadline.within(() -> clickHouse.query(
                    statement(sql, filters),
                    query -> {
                        int index = 1;
                        for (LedgerFilter filter : filters) {
                            index = filter.bind(query, index);
                        }
                    },
                    mapper));
        } catch (SQLException e) {
            throw new ReportsUnavailableException(e);
        }
    }

    /** The SQL with each {@code {filter}} replaced by the next filter's conditions (which may hold subqueries). */
    static String statement(String sql, LedgerFilter... filters) {
        String statement = sql;
        for (LedgerFilter filter : filters) {
            statement = filter.into(statement);
        }
        return statement;
    }

    /** The SQL with the tables' placeholders replaced by the tables of the database. */
    static String tables(String sql, String database) {
        return ClickHouseRepository.tables(sql, database);
    }

    static ReportTransaction transaction(ResultSet row, ExchangeRates rates) throws SQLException {
        java.time.LocalDate date = ClickHouseRepository.date(row, "booked_date");
        java.math.BigDecimal amount = row.getBigDecimal("amount");
        String currency = row.getString("currency");
        return new ReportTransaction(
                UUID.fromString(row.getString("transaction_id")),
                date,
                amount,
                currency,
                row.getString("description"),
                row.getString("merchant"),
                row.getString("category"),
                row.getString("type"),
                UUID.fromString(row.getString("source_id")),
                row.getString("source_kind"),
                row.getString("source_name"),
                rates.toBase(currency, date, amount));
    }
}
