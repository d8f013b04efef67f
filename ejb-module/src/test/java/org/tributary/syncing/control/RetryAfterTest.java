package org.tributary.syncing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void secondsAndHttpDatesAreRead() {
        assertThat(RetryAfter.until(Optional.of("120"), NOW)).isEqualTo(NOW.plusSeconds(120));
        assertThat(RetryAfter.until(Optional.of("Fri, 04 Dec 2026 12:30:00 GMT"), NOW))
                .isEqualTo(Instant.parse("2026-12-04T12:30:00Z"));
    }

    @Test
    void missingOrNonsenseWaitsAnHourAndEveryWaitIsBetweenAMinuteAndADay() {
        assertThat(RetryAfter.until(Optional.empty(), NOW)).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(RetryAfter.until(Optional.of("soon, please"), NOW)).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(RetryAfter.until(Optional.of("0"), NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(RetryAfter.until(Optional.of("99999999999999999999"), NOW)).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(RetryAfter.until(Optional.of("Thu, 01 Jan 2026 00:00:00 GMT"), NOW))
                .isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(RetryAfter.until(Optional.of("x".repeat(10_000)), NOW)).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }
}
