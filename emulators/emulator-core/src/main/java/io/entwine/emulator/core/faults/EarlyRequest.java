package io.entwine.emulator.core.faults;

import java.time.Duration;
import java.time.Instant;

/** A request in scope that arrived while a {@code Retry-After} was in force: a client not waiting as told. */
public record EarlyRequest(String method, String path, Instant arrived, Instant allowedFrom) {

    /** How long before the wait ended it arrived. */
    public Duration early() {
        return Duration.between(arrived, allowedFrom);
    }

    @Override
    public String toString() {
        return method + " " + path + " arrived " + early().toMillis() + " ms before Retry-After elapsed";
    }
}
