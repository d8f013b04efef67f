package org.tributary.transactions.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SameAccountTwinsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);

    @Test
    void daysCrossWhenOneWaysBookingDayIsTheOthersValueDay() {
        assertThat(SameAccountTwins.crossed(TUESDAY, MONDAY, MONDAY, null)).isTrue();
        assertThat(SameAccountTwins.crossed(MONDAY, null, TUESDAY, MONDAY)).isTrue();
        assertThat(SameAccountTwins.crossed(TUESDAY, MONDAY, WEDNESDAY, MONDAY))
                .as("the same value day")
                .isTrue();
    }

    @Test
    void daysThatOnlyLieCloseDoNotCross() {
        assertThat(SameAccountTwins.crossed(MONDAY, null, TUESDAY, null)).isFalse();
        assertThat(SameAccountTwins.crossed(MONDAY, MONDAY, TUESDAY, TUESDAY)).isFalse();
        assertThat(SameAccountTwins.crossed(TUESDAY, WEDNESDAY, MONDAY, null)).isFalse();
    }
}
