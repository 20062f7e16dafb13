package io.entwine.transport;

import java.time.Duration;

/**
 * Waits between delivery attempts; the only way {@link PeerClient} sleeps, so tests record waits instead of
 * taking them. Called on the sending thread; interruption ends the wait early.
 */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps through {@link Thread#sleep(long)}. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
