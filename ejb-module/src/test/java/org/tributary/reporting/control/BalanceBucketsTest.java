package org.tributary.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BalanceBucketsTest {

    @Test
    void aPeriodReachingIntoTheFutureHasNoWeekOrMonthThatHasNotBegun() {
        ReportQuery year = ReportQuery.period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        LocalDate today = LocalDate.of(2026, 12, 3);

        assertThat(Reports.buckets(year, Reports.Interval.WEEK, today)).last().isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(Reports.buckets(year, Reports.Interval.MONTH, today)).last().isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(Reports.buckets(year, Reports.Interval.MONTH, today)).hasSize(12);
    }
}
