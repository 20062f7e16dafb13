package io.entwine.connector.support;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses the time formats trackers use in Retry-After and rate-limit reset headers. */
final class HttpDates {

    private HttpDates() {
    }

    /**
     * {@code Retry-After}: delay seconds ("120") or an HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT"), as a wait from
     * {@code now}; a date in the past means no wait.
     */
    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String v = value.trim();
        if (isDigits(v)) {
            return parseLong(v).map(Duration::ofSeconds);
        }
        try {
            Instant at = OffsetDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(nonNegative(Duration.between(now, at)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code x-ratelimit-reset}: epoch seconds (GitHub) or an ISO-8601 instant (Jira). */
    static Optional<Instant> parseResetInstant(String value) {
        String v = value.trim();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (isDigits(v)) {
            return parseLong(v).map(Instant::ofEpochSecond);
        }
        try {
            return Optional.of(OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(Instant.parse(v));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    private static boolean isDigits(String v) {
        return !v.isEmpty() && v.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static Optional<Long> parseLong(String digits) {
        try {
            return Optional.of(Long.parseLong(digits));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }

    static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
