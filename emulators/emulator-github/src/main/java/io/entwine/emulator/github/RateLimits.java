package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub's rate limits as a client sees them. Primary: per user and resource a window ({@code core} 5,000
 * requests per hour, {@code search} 30 per minute) reported in {@code x-ratelimit-*} headers on every
 * answer; when exhausted, 403 "API rate limit exceeded" with {@code x-ratelimit-remaining: 0}. Secondary
 * (off by default): too many writes per minute, or the next N requests on purpose, answered 403 or 429
 * with {@code retry-after}. Windows follow the injected clock. Thread-safe.
 */
final class RateLimits {
    static final List<String> RESOURCES = List.of("core", "search", "graphql");

    private final Clock clock;
    private final Map<String, Integer> limits = new HashMap<>(Map.of("core", 5000, "search", 30, "graphql", 5000));
    private final Map<String, Window> windows = new HashMap<>();
    private int rejectNext;
    private int rejectStatus;
    private Duration rejectRetryAfter;
    private int writesPerMinute;
    private int secondaryStatus = 403;
    private long writesMinute = -1;
    private int writesInMinute;

    private static final class Window {
        Instant reset;
        int used;
    }

    RateLimits(Clock clock) {
        this.clock = clock;
    }

    synchronized void primaryLimit(String resource, int limit) {
        limits.put(resource, limit);
    }

    synchronized void rejectNext(int count, int status, Duration retryAfter) {
        rejectNext = count;
        rejectStatus = status;
        rejectRetryAfter = retryAfter;
    }

    synchronized void secondaryLimit(int writesPerMinute, int status) {
        this.writesPerMinute = writesPerMinute;
        this.secondaryStatus = status;
    }

    /**
     * Counts one request of {@code user} against {@code resource} (unless {@code counted} is false) and
     * returns the headers to send; throws the 403/429 answer when a limit refuses it.
     */
    synchronized Map<String, String> admit(Account user, String resource, boolean write, boolean counted) {
        Window window = window(user, resource);
        int limit = limits.get(resource);
        Map<String, String> headers = headers(window, limit, resource);
        if (rejectNext > 0) {
            rejectNext--;
            throw secondary(rejectStatus, rejectRetryAfter, headers);
        }
        if (counted && window.used >= limit) {
            ApiError error = ApiError.of(403, "API rate limit exceeded for user ID " + user.id + ".",
                    "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits");
            headers.forEach(error::withHeader);
            throw error;
        }
        if (write && writesPerMinute > 0) {
            Instant now = clock.instant();
            long minute = now.getEpochSecond() / 60;
            if (minute != writesMinute) {
                writesMinute = minute;
                writesInMinute = 0;
            }
            if (writesInMinute >= writesPerMinute) {
                long wait = Math.max(1, (minute + 1) * 60 - now.getEpochSecond());
                throw secondary(secondaryStatus, Duration.ofSeconds(wait), headers);
            }
            writesInMinute++;
        }
        if (counted) window.used++;
        return headers(window, limit, resource);
    }

    synchronized ObjectNode snapshot(Account user, String resource) {
        Window window = window(user, resource);
        int limit = limits.get(resource);
        ObjectNode n = Representations.MAPPER.createObjectNode();
        n.put("limit", limit);
        n.put("used", window.used);
        n.put("remaining", Math.max(0, limit - window.used));
        n.put("reset", window.reset.getEpochSecond());
        return n;
    }

    private Window window(Account user, String resource) {
        Instant now = clock.instant();
        Window window = windows.computeIfAbsent(user.login + "/" + resource, k -> new Window());
        if (window.reset == null || !now.isBefore(window.reset)) {
            window.reset = now.plus(resource.equals("search") ? Duration.ofMinutes(1) : Duration.ofHours(1))
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            window.used = 0;
        }
        return window;
    }

    private static Map<String, String> headers(Window window, int limit, String resource) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-ratelimit-limit", String.valueOf(limit));
        headers.put("x-ratelimit-remaining", String.valueOf(Math.max(0, limit - window.used)));
        headers.put("x-ratelimit-reset", String.valueOf(window.reset.getEpochSecond()));
        headers.put("x-ratelimit-used", String.valueOf(window.used));
        headers.put("x-ratelimit-resource", resource);
        return headers;
    }

    private static ApiError secondary(int status, Duration retryAfter, Map<String, String> headers) {
        ApiError error = ApiError.of(status, "You have exceeded a secondary rate limit. Please wait a few minutes before"
                        + " you try again. If you reach out to GitHub Support for help, please include the request ID.",
                "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits");
        headers.forEach(error::withHeader);
        error.withHeader("retry-after", String.valueOf(Math.max(0, retryAfter.toSeconds())));
        return error;
    }
}
