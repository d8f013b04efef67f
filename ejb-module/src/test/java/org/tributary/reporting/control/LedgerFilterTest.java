package org.tributary.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How report queries are scoped and how sets that grow with the data go into them (issue 14). */
class LedgerFilterTest {

    private static final UUID USER = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final LocalDate FROM = LocalDate.of(2025, 3, 1);
    private static final LocalDate TO = LocalDate.of(2025, 3, 31);

    @Test
    void aSetGoesInAsItsQueryWithItsOwnFilterAndParametersInOrder() {
        LedgerFilter yardstick = LedgerFilter.daily(USER).and("booked_date < ?", Date.valueOf(FROM));

        LedgerFilter rows = LedgerFilter.of(USER)
                .between(FROM, TO)
                .inQuery("merchant", "SELECT merchant FROM {daily} WHERE {filter} GROUP BY merchant", yardstick)
                .and("type = ?", "EXPENSE");

        assertThat(rows.sql())
                .isEqualTo("user_id = ? AND (deleted = 0) AND (booked_date >= ? AND booked_date <= ?)"
                        + " AND (merchant IN (SELECT merchant FROM {daily} WHERE user_id = ? AND (booked_date < ?)"
                        + " GROUP BY merchant)) AND (type = ?)");
        assertThat(rows.parameters())
                .containsExactly(
                        USER.toString(),
                        Date.valueOf(FROM),
                        Date.valueOf(TO),
                        USER.toString(),
                        Date.valueOf(FROM),
                        "EXPENSE");
    }

    @Test
    void theHistoryBeforeAShortPeriodIsAskedForItsMerchantsOnlyAndBeforeALongOneWhole() {
        LedgerFilter days = LedgerFilter.daily(USER, ReportQuery.period(FROM, TO));

        assertThat(LedgerFilter.daily(USER)
                        .merchantsOfShortPeriod(ReportQuery.period(FROM, TO), days)
                        .sql())
                .isEqualTo("user_id = ? AND (merchant IN (SELECT merchant FROM {daily} WHERE user_id = ?"
                        + " AND (booked_date >= ? AND booked_date <= ?)))");
        assertThat(LedgerFilter.daily(USER)
                        .merchantsOfShortPeriod(ReportQuery.period(FROM, FROM.plusDays(91)), days)
                        .sql())
                .as("a quarter of 92 days")
                .contains("merchant IN");
        assertThat(LedgerFilter.daily(USER)
                        .merchantsOfShortPeriod(
                                ReportQuery.period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), days)
                        .sql())
                .isEqualTo("user_id = ?");
    }

    @Test
    void aSetsQueryMustBeScopedByAFilter() {
        assertThatThrownBy(() -> LedgerFilter.of(USER)
                        .inQuery("merchant", "SELECT merchant FROM {daily}", LedgerFilter.daily(USER)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFewIdsAsLiteralsOrTheIdsAQuerySelects() {
        LedgerFilter before = LedgerFilter.of(USER).and("type = 'EXPENSE'");

        LedgerFilter filter = LedgerFilter.versions(USER)
                .inIdsOrQuery(
                        "transaction_id",
                        List.of("id-1", "id-2"),
                        "SELECT holder FROM (SELECT"
                                + " argMin(transaction_id, amount) AS holder FROM {ledger_unmerged} WHERE {filter})",
                        before);

        assertThat(filter.sql())
                .isEqualTo("user_id = ? AND (transaction_id IN (toUUID(?), toUUID(?)) OR transaction_id IN (SELECT"
                        + " holder FROM (SELECT argMin(transaction_id, amount) AS holder FROM {ledger_unmerged}"
                        + " WHERE user_id = ? AND (deleted = 0) AND (type = 'EXPENSE'))))");
        assertThat(filter.parameters()).containsExactly(USER.toString(), "id-1", "id-2", USER.toString());
    }

    @Test
    void withoutIdsOnlyTheQuerysIds() {
        LedgerFilter filter = LedgerFilter.versions(USER)
                .inIdsOrQuery(
                        "transaction_id", List.of(), "SELECT holder FROM x WHERE {filter}", LedgerFilter.of(USER));

        assertThat(filter.sql())
                .isEqualTo(
                        "user_id = ? AND (transaction_id IN (SELECT holder FROM x WHERE user_id = ? AND (deleted = 0)))");
    }

    /** Before issue 14 the bounds went in as two arrays of literals per currency: 9,000 merchants passed 256 KiB. */
    @Test
    void theRowsBelowTheirMerchantsBoundAreJoinedToTheBoundsQuery() {
        String growth = "SELECT booked_date FROM "
                + MerchantBounds.rowsBelow(MerchantBounds.RANKED, "{ledger_unmerged}", Reports.BOUNDS_BEFORE);

        String statement = LedgerAnalytics.tables(
                LedgerAnalytics.statement(
                        growth,
                        LedgerFilter.of(USER).between(FROM, TO),
                        LedgerFilter.of(USER).between(FROM.minusMonths(1), FROM.minusDays(1))),
                "db");

        assertThat(statement)
                .startsWith(
                        "SELECT booked_date FROM (SELECT booked_date, transaction_id, amount, merchant, currency FROM db.ledger WHERE user_id = ? AND (deleted = 0)"
                                + " AND (booked_date >= ? AND booked_date <= ?)) ANY INNER JOIN (SELECT merchant, currency, min(toInt64(amount * 100)) AS bound")
                .contains("FROM db.ledger WHERE user_id = ? AND (deleted = 0) AND (booked_date >= ? AND booked_date"
                        + " <= ?) GROUP BY merchant, currency) USING (merchant, currency)")
                .endsWith("WHERE toInt64(amount * 100) < bound")
                .doesNotContain("{");
        assertThat(HighlightKinds.USUAL).contains(" AS bound", "{filter}");
    }

    @Test
    void boundsMustNameTheirBound() {
        assertThatThrownBy(() -> MerchantBounds.rowsBelow(
                        "amount", "{ledger}", "SELECT merchant, currency FROM {daily} WHERE {filter}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tablesInsideAFiltersSubqueryAreReplacedToo() {
        LedgerFilter rows = LedgerFilter.of(USER)
                .inQuery("merchant", "SELECT merchant FROM {ledger} WHERE {filter}", LedgerFilter.of(USER));

        String statement = LedgerAnalytics.tables(
                LedgerAnalytics.statement("SELECT count() FROM {ledger_unmerged} WHERE {filter}", rows), "db");

        assertThat(statement)
                .isEqualTo("SELECT count() FROM db.ledger WHERE user_id = ? AND (deleted = 0) AND (merchant IN"
                        + " (SELECT merchant FROM db.ledger FINAL WHERE user_id = ? AND (deleted = 0)))");
    }
}
