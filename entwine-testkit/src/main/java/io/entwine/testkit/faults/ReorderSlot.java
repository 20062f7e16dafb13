package io.entwine.testkit.faults;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The one message {@link FaultProxy} may hold back for reordering: it waits until the next message has been
 * forwarded ({@link #releaseHeld()}) or a bound elapsed. Thread-safe.
 */
final class ReorderSlot {
    private final Duration maxHold;
    private CountDownLatch held;

    ReorderSlot(Duration maxHold) {
        this.maxHold = maxHold;
    }

    /**
     * Blocks the calling (connection) thread until the next message went through or {@code maxHold} elapsed;
     * returns false at once when another message is held already (this one then simply passes).
     */
    boolean holdUntilNext() {
        CountDownLatch latch;
        synchronized (this) {
            if (held != null) return false;
            held = latch = new CountDownLatch(1);
        }
        try {
            latch.await(maxHold.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (held == latch) held = null;
        }
        return true;
    }

    /** Lets the held message (if any) go on. */
    synchronized void releaseHeld() {
        if (held != null) {
            held.countDown();
            held = null;
        }
    }
}
