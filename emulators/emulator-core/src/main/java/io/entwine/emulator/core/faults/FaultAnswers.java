package io.entwine.emulator.core.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers of injected faults, in the form every tracker client understands: a JSON body with a
 * {@code message}, and for a rate limit {@code Retry-After} in seconds plus {@code X-RateLimit-Limit},
 * {@code X-RateLimit-Remaining: 0} and {@code X-RateLimit-Reset} (epoch seconds, as GitHub sends it; Jira sends an
 * ISO instant, and clients read both).
 */
final class FaultAnswers {
    static final int RATE_LIMIT = 100;

    private FaultAnswers() {
    }

    static InjectedFault rateLimited(Duration retryAfter, Instant now) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Retry-After", String.valueOf(seconds));
        headers.put("X-RateLimit-Limit", String.valueOf(RATE_LIMIT));
        headers.put("X-RateLimit-Remaining", "0");
        headers.put("X-RateLimit-Reset", String.valueOf(now.plusSeconds(seconds).getEpochSecond()));
        return new InjectedFault(429, headers, body("Rate limit exceeded; retry after " + seconds + " s."));
    }

    static InjectedFault serverError(int status) {
        String message = switch (status) {
            case 500 -> "Internal server error.";
            case 502 -> "Bad gateway.";
            case 503 -> "Service unavailable.";
            case 504 -> "Gateway timeout.";
            default -> "Server error " + status + ".";
        };
        return new InjectedFault(status, Map.of(), body(message));
    }

    static InjectedFault timedOut() {
        return new InjectedFault(504, Map.of(), body("The request took too long and was not processed."));
    }

    private static String body(String message) {
        return "{\"message\":\"" + message + "\"}";
    }
}
