package io.entwine.emulator.core.faults;

import java.time.Duration;
import java.time.Instant;

/** A request in scope that arrived while a {@code Retry-After} was in force: a client not waiting as told. */
public record EarlyRequest(String method, String path, Instant arrived, Instant allowedFrom, Instant lastTold) {

    /**
     * How long after the latest 429 it arrived. A request arriving within a few milliseconds was already on
     * the wire when the 429 was answered: no client can recall it. What shows a client ignoring the wait is
     * a request that arrives well after it.
     */
    public Duration sinceTold() {
        return Duration.between(lastTold, arrived);
    }

    /** How long before the wait ended it arrived. */
    public Duration early() {
        return Duration.between(arrived, allowedFrom);
    }

    @Override
    public String toString() {
        return method + " " + path + " arrived " + early().toMillis() + " ms before Retry-After elapsed";
    }
}
