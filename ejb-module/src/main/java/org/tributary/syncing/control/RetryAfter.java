package org.tributary.syncing.control;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When a provider's {@code Retry-After} lets it be asked again: seconds or an HTTP date (RFC 9110). Missing or
 * unreadable: an hour. Never less than a minute nor more than a day, whatever the header says.
 */
final class RetryAfter {

    static final Duration DEFAULT = Duration.ofHours(1);
    static final Duration SHORTEST = Duration.ofMinutes(1);
    static final Duration LONGEST = Duration.ofDays(1);

    private RetryAfter() {}

    static Instant until(Optional<String> header, Instant now) {
        Duration wait =
                header.map(String::strip).flatMap(value -> parse(value, now)).orElse(DEFAULT);
        if (wait.compareTo(SHORTEST) < 0) {
            wait = SHORTEST;
        } else if (wait.compareTo(LONGEST) > 0) {
            wait = LONGEST;
        }
        return now.plus(wait);
    }

    private static Optional<Duration> parse(String value, Instant now) {
        if (value.length() > 64) {
            return Optional.empty();
        }
        if (value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
            return Optional.of(value.length() > 9 ? LONGEST : Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return Optional.of(Duration.between(now, at));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
