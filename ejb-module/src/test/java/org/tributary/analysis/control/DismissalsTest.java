package org.tributary.analysis.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DismissalsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void aTipDismissedForGoodStaysAwayUntilItsEffectMovesByAFifth() {
        Dismissals.Dismissal forGood = new Dismissals.Dismissal(new BigDecimal("100.00"), null);

        assertThat(forGood.hides(new BigDecimal("100.00"), TODAY)).isTrue();
        assertThat(forGood.hides(new BigDecimal("119.99"), TODAY)).isTrue();
        assertThat(forGood.hides(new BigDecimal("80.00"), TODAY)).isTrue();
        assertThat(forGood.hides(new BigDecimal("120.01"), TODAY))
                .as("a fifth more")
                .isFalse();
        assertThat(forGood.hides(new BigDecimal("79.99"), TODAY))
                .as("a fifth less")
                .isFalse();
    }

    @Test
    void aSnoozedTipComesBackOnItsDay() {
        Dismissals.Dismissal untilTomorrow = new Dismissals.Dismissal(new BigDecimal("50.00"), TODAY.plusDays(1));

        assertThat(untilTomorrow.hides(new BigDecimal("50.00"), TODAY)).isTrue();
        assertThat(untilTomorrow.hides(new BigDecimal("50.00"), TODAY.plusDays(1)))
                .isFalse();
    }
}
