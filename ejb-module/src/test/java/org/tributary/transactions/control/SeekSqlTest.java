package org.tributary.transactions.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seek paging in SQL: the ORDER BY of each order and the row comparison that starts a page next to a row. */
class SeekSqlTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000007");
    private static final TransactionView ROW = new TransactionView(
            ID,
            LocalDate.of(2024, 5, 3),
            "-12.50",
            "EUR",
            "REWE 12",
            "Rewe",
            "Groceries",
            "groceries",
            "EXPENSE",
            false,
            null,
            "FILE",
            "Giro",
            "RULE",
            null,
            null);

    @Test
    void newestFirstIsDateThenIdDescendingAndReadBackwardsAscending() {
        assertThat(SeekSql.orderBy(TransactionOrder.NEWEST_FIRST, false))
                .isEqualTo(" order by t.booked_date desc, t.id desc");
        assertThat(SeekSql.orderBy(TransactionOrder.NEWEST_FIRST, true)).isEqualTo(" order by t.booked_date, t.id");
    }

    @Test
    void everyOrderEndsInTheDateAndTheIdSoNoTwoRowsTie() {
        for (TransactionOrder.Key key : TransactionOrder.Key.values()) {
            assertThat(SeekSql.orderBy(new TransactionOrder(key, true), false))
                    .as("%s", key)
                    .endsWith("t.booked_date, t.id");
        }
    }

    @Test
    void aPageFromAnEndHasNoCondition() {
        List<Object> parameters = new ArrayList<>();

        assertThat(SeekSql.past(TransactionOrder.NEWEST_FIRST, Seek.fromStart(40), parameters))
                .isEmpty();
        assertThat(parameters).isEmpty();
    }

    @Test
    void thePageAfterARowNewestFirstHasTheOlderRows() {
        List<Object> parameters = new ArrayList<>();

        String condition = SeekSql.past(TransactionOrder.NEWEST_FIRST, Seek.after(ROW, 0), parameters);

        assertThat(condition).isEqualTo(" and (t.booked_date, t.id) < (?, ?)");
        assertThat(parameters).containsExactly(Date.valueOf("2024-05-03"), ID);
    }

    @Test
    void readingBackwardsTurnsTheComparisonRound() {
        List<Object> parameters = new ArrayList<>();

        assertThat(SeekSql.past(TransactionOrder.NEWEST_FIRST, Seek.before(ROW, 0), parameters))
                .isEqualTo(" and (t.booked_date, t.id) > (?, ?)");
    }

    @Test
    void theSamePageAgainIncludesTheRowItself() {
        List<Object> parameters = new ArrayList<>();

        String condition =
                SeekSql.past(new TransactionOrder(TransactionOrder.Key.AMOUNT, true), Seek.at(ROW), parameters);

        assertThat(condition).isEqualTo(" and (t.amount, t.booked_date, t.id) >= (?, ?, ?)");
        assertThat(parameters).containsExactly(new BigDecimal("-12.50"), Date.valueOf("2024-05-03"), ID);
    }

    @Test
    void merchantsCompareWithoutCase() {
        List<Object> parameters = new ArrayList<>();

        String condition =
                SeekSql.past(new TransactionOrder(TransactionOrder.Key.MERCHANT, true), Seek.after(ROW, 0), parameters);

        assertThat(condition).isEqualTo(" and (lower(t.merchant), t.booked_date, t.id) > (lower(?), ?, ?)");
        assertThat(parameters.get(0)).isEqualTo("Rewe");
    }

    @Test
    void aCategoryPageComparesTheKeyNotTheWords() {
        List<Object> parameters = new ArrayList<>();

        SeekSql.past(new TransactionOrder(TransactionOrder.Key.CATEGORY, false), Seek.after(ROW, 0), parameters);

        assertThat(parameters.get(0)).isEqualTo("groceries");
    }

    @Test
    void aNegativeSkipIsRefused() {
        assertThatThrownBy(() -> Seek.fromEnd(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
