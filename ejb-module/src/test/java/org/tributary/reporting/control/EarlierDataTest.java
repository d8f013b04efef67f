package org.tributary.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tributary.reporting.control.EarlierData.Comparison;

class EarlierDataTest {

    private static final ReportQuery YEAR = ReportQuery.period(LocalDate.of(2025, 12, 4), LocalDate.of(2026, 12, 3));

    @Test
    void aPreviousPeriodWithDataFromItsFirstDayIsComparedAsItIs() {
        EarlierData earlier = EarlierData.of(YEAR.previous(), LocalDate.of(2024, 12, 4));

        assertThat(earlier.comparison()).isEqualTo(Comparison.WHOLE_PERIOD);
        assertThat(earlier.scaled(new BigDecimal("100.00"))).isEqualByComparingTo("100.00");
    }

    @Test
    void aPreviousYearWithOneMonthOfDataIsScaledToAYear() {
        EarlierData earlier = EarlierData.of(YEAR.previous(), LocalDate.of(2025, 11, 4));

        assertThat(earlier.comparison()).isEqualTo(Comparison.PART_SCALED);
        assertThat(earlier.coveredDays()).isEqualTo(30);
        assertThat(earlier.periodDays()).isEqualTo(365);
        assertThat(earlier.scaled(new BigDecimal("30.00"))).isEqualByComparingTo("365.00");
    }

    @Test
    void lessThanFourWeeksOrNoEarlierDataIsNotComparedAtAll() {
        assertThat(EarlierData.of(YEAR.previous(), LocalDate.of(2025, 11, 20)).comparable())
                .isFalse();
        assertThat(EarlierData.of(YEAR.previous(), null).comparison()).isEqualTo(Comparison.TOO_LITTLE);
    }

    @Test
    void aPeriodShorterThanFourWeeksIsComparedOnlyWithAWholeOne() {
        ReportQuery week = ReportQuery.period(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6));

        assertThat(EarlierData.of(week.previous(), LocalDate.of(2026, 11, 25)).comparison())
                .isEqualTo(Comparison.TOO_LITTLE);
        assertThat(EarlierData.of(week.previous(), LocalDate.of(2026, 11, 23)).comparison())
                .isEqualTo(Comparison.WHOLE_PERIOD);
    }
}
