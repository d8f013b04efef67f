package org.tributary.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportFiltersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void theLastMonthsEndTodayNeverInTheFuture() {
        ReportFilters filters = new ReportFilters();
        filters.setPeriod(ReportFilters.Period.LAST_12_MONTHS);
        filters.resolve(TODAY);

        assertThat(filters.getFrom()).isEqualTo(LocalDate.of(2025, 12, 4));
        assertThat(filters.getTo()).isEqualTo(TODAY);

        filters.setPeriod(ReportFilters.Period.LAST_3_MONTHS);
        filters.resolve(TODAY);
        assertThat(filters.getFrom()).isEqualTo(LocalDate.of(2026, 9, 4));
        assertThat(filters.getTo()).isEqualTo(TODAY);
    }

    @Test
    void chosenDatesThatEndBeforeTheyStartAreKeptAndSaidToBeOutOfOrder() {
        ReportFilters filters = new ReportFilters();
        filters.setPeriod(ReportFilters.Period.CUSTOM);
        filters.setFrom(LocalDate.of(2024, 3, 31));
        filters.setTo(LocalDate.of(2024, 1, 1));
        filters.resolve(TODAY);

        assertThat(filters.getTo()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(filters.inOrder()).isFalse();
    }

    @Test
    void aPeriodIsRememberedAndTakenUpAgain() {
        ReportFilters chosen = new ReportFilters();
        chosen.setPeriod(ReportFilters.Period.CUSTOM);
        chosen.setFrom(LocalDate.of(2024, 1, 1));
        chosen.setTo(LocalDate.of(2024, 3, 31));
        ReportFilters next = new ReportFilters();

        next.recall(chosen.remembered());

        assertThat(next.getPeriod()).isEqualTo(ReportFilters.Period.CUSTOM);
        assertThat(next.getFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(next.getTo()).isEqualTo(LocalDate.of(2024, 3, 31));
        next.recall("nonsense");
        assertThat(next.getPeriod()).isEqualTo(ReportFilters.Period.CUSTOM);
    }

    @Test
    void theAddressNamesThePeriodAndFiltersAndLeavesOutWhatIsNotOne() {
        ReportFilters filters = new ReportFilters();

        filters.takeUp(Map.of("period", "LAST_12_MONTHS", "category", "Eating out", "source", "'); alert(1)//"));

        assertThat(filters.getPeriod()).isEqualTo(ReportFilters.Period.LAST_12_MONTHS);
        assertThat(filters.getCategory()).isEqualTo("Eating out");
        assertThat(filters.getSource()).isNull();
        assertThat(filters.pageQueryString()).isEqualTo("period=LAST_12_MONTHS&category=Eating+out");

        filters.takeUp(Map.of("from", "2024-01-01", "to", "not a date"));
        assertThat(filters.getPeriod()).isEqualTo(ReportFilters.Period.CUSTOM);
        assertThat(filters.getFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(filters.getTo()).isNull();
    }
}
