package io.entwine.emulator.core.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Retry-After} waits handed out, and the requests that did not honour them. A wait is in force from the
 * moment the 429 was answered until the told number of seconds elapsed; the latest end wins. Thread-safe.
 */
final class RetryAfterLedger {
    private static final int KEPT = 1_000;

    private Instant inForceUntil = Instant.MIN;
    private Instant lastTold = Instant.MIN;
    private long waitsImposed;
    private long earlyCount;
    private final List<EarlyRequest> early = new ArrayList<>();

    /** The wait left at {@code now}, or null when none is in force. */
    synchronized Duration remaining(Instant now) {
        return now.isBefore(inForceUntil) ? Duration.between(now, inForceUntil) : null;
    }

    synchronized void imposed(Instant now, Duration retryAfter) {
        Instant end = now.plus(retryAfter);
        if (end.isAfter(inForceUntil)) inForceUntil = end;
        lastTold = now;
        waitsImposed++;
    }

    synchronized void arrivedEarly(FaultRequest request, Instant now) {
        earlyCount++;
        if (early.size() < KEPT) early.add(new EarlyRequest(request.method(), request.path(), now, inForceUntil, lastTold));
    }

    synchronized long waitsImposed() {
        return waitsImposed;
    }

    synchronized long earlyCount() {
        return earlyCount;
    }

    synchronized List<EarlyRequest> early() {
        return List.copyOf(early);
    }
}
