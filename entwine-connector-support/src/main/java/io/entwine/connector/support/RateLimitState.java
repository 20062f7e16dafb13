package io.entwine.connector.support;

import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The tracker's latest rate-limit report, from GitHub's {@code x-ratelimit-*} or Jira's {@code X-RateLimit-*}
 * headers (header names are case-insensitive, so one parser serves both). Each part is empty when the tracker
 * did not send it.
 *
 * @param limit     requests allowed in the current window
 * @param remaining requests left in the current window
 * @param reset     when the window resets
 */
public record RateLimitState(OptionalLong limit, OptionalLong remaining, Optional<Instant> reset) {

    /** Nothing reported yet. */
    public static final RateLimitState UNKNOWN = new RateLimitState(OptionalLong.empty(), OptionalLong.empty(), Optional.empty());

    /** The state these response headers report, or empty when they carry no rate-limit header at all. */
    static Optional<RateLimitState> from(HttpHeaders headers) {
        OptionalLong limit = longHeader(headers, "x-ratelimit-limit");
        OptionalLong remaining = longHeader(headers, "x-ratelimit-remaining");
        Optional<Instant> reset = headers.firstValue("x-ratelimit-reset").flatMap(HttpDates::parseResetInstant);
        if (limit.isEmpty() && remaining.isEmpty() && reset.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RateLimitState(limit, remaining, reset));
    }

    static OptionalLong longHeader(HttpHeaders headers, String name) {
        Optional<String> value = headers.firstValue(name);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.get().trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
