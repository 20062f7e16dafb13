package io.entwine.emulator.core.faults;

import java.time.Duration;

/** Waits for a duration; injected so tests of slow and held answers need not wait in real time. */
@FunctionalInterface
public interface Sleeper {
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    /** Blocks the calling thread for {@code duration}; throws when interrupted. */
    void sleep(Duration duration) throws InterruptedException;
}
