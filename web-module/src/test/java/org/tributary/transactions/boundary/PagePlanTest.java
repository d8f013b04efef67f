package org.tributary.transactions.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tributary.transactions.control.Seek;
import org.tributary.transactions.control.TransactionView;

class PagePlanTest {

    private static final List<TransactionView> SHOWN = IntStream.range(0, 25)
            .mapToObj(i -> new TransactionView(
                    UUID.randomUUID(),
                    LocalDate.of(2024, 1, 1),
                    "-1.00",
                    "EUR",
                    "row " + i,
                    "Shop",
                    "Groceries",
                    "EXPENSE",
                    false,
                    UUID.randomUUID(),
                    "FILE",
                    "Giro",
                    "RULE",
                    "keyword"))
            .toList();

    @Test
    void theNextAndPreviousPagesAreReadNextToThePageShownSkippingNothing() {
        assertThat(PagePlan.of(1025, 25, 1000, SHOWN, -1)).isEqualTo(new PagePlan(Seek.after(SHOWN.get(24), 0), 25));
        assertThat(PagePlan.of(975, 25, 1000, SHOWN, -1)).isEqualTo(new PagePlan(Seek.before(SHOWN.get(0), 0), 25));
    }

    @Test
    void aLinkedPageSkipsOnlyThePagesBetweenOrStartsFromTheNearerStart() {
        assertThat(PagePlan.of(1100, 25, 1000, SHOWN, -1)).isEqualTo(new PagePlan(Seek.after(SHOWN.get(24), 75), 25));
        assertThat(PagePlan.of(925, 25, 1000, SHOWN, -1)).isEqualTo(new PagePlan(Seek.before(SHOWN.get(0), 50), 25));
        assertThat(PagePlan.of(25, 25, 1000, SHOWN, -1)).isEqualTo(new PagePlan(Seek.fromStart(25), 25));
    }

    @Test
    void theSamePageAgainStartsAtItsFirstRow() {
        assertThat(PagePlan.of(1000, 25, 1000, SHOWN, 1_000_000)).isEqualTo(new PagePlan(Seek.at(SHOWN.get(0)), 25));
    }

    @Test
    void withoutAPageShownTheNearerEndIsUsedWhenTheTotalIsKnown() {
        assertThat(PagePlan.of(50, 25, 0, List.of(), 1_000)).isEqualTo(new PagePlan(Seek.fromStart(50), 25));
        assertThat(PagePlan.of(975, 25, 0, List.of(), 1_000)).isEqualTo(new PagePlan(Seek.fromEnd(0), 25));
        assertThat(PagePlan.of(990, 25, 0, List.of(), 1_010)).isEqualTo(new PagePlan(Seek.fromEnd(0), 20));
        assertThat(PagePlan.of(975, 25, 0, List.of(), -1)).isEqualTo(new PagePlan(Seek.fromStart(975), 25));
    }
}
