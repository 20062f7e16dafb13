package io.entwine.core.queue;

import java.time.Duration;

/**
 * Tells the sync workers that work may be ready: producers (change intake, the inbox, handlers that
 * enqueue follow-ups) call {@link #wake()}; the dispatcher waits in {@link #await(Duration)} between
 * claims. Without a wake the dispatcher still polls the store, which picks up retries that came due.
 */
public final class WorkSignal {
    private boolean woken;

    public synchronized void wake() {
        woken = true;
        notifyAll();
    }

    /** Waits until woken or the timeout passes; consumes the wake. */
    synchronized void await(Duration timeout) throws InterruptedException {
        if (!woken) wait(timeout.toMillis());
        woken = false;
    }

    /** Forgets a wake that the coming claim will serve anyway. */
    synchronized void clear() {
        woken = false;
    }
}
