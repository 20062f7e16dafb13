package io.entwine.connector.support;

import java.time.Duration;

/**
 * Waits for a duration; the only way {@link TrackerHttp} sleeps, so tests can record waits instead of taking them.
 * Called on the thread making the request; may block for the whole duration; interruption ends the wait early.
 */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps through {@link Thread#sleep(long)}. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
