package io.entwine.core.trigger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Coalesces requests for a trigger sweep: the first request schedules one after {@code delay}, requests made before
 * it runs join it. A sweep that could not evaluate every connection (a search refused or rate-limited) is tried
 * again after {@code retryDelay}. Thread-safe; {@link #request} never blocks.
 */
public final class TriggerDebouncer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TriggerDebouncer.class);

    private final TriggerSweep sweep;
    private final Duration delay;
    private final Duration retryDelay;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "trigger-sweep");
        t.setDaemon(true);
        return t;
    });

    public TriggerDebouncer(TriggerSweep sweep, Duration delay, Duration retryDelay) {
        this.sweep = sweep;
        this.delay = delay;
        this.retryDelay = retryDelay;
    }

    /** Asks for a sweep soon; a no-op when one is already scheduled. */
    public void request() {
        schedule(delay);
    }

    private void schedule(Duration after) {
        if (!scheduled.compareAndSet(false, true)) return;
        try {
            executor.schedule(this::run, after.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            scheduled.set(false);
        }
    }

    private void run() {
        scheduled.set(false);
        boolean complete;
        try {
            complete = sweep.sweep().complete();
        } catch (RuntimeException e) {
            log.warn("trigger sweep failed: {}", e.getMessage());
            complete = false;
        }
        if (!complete) schedule(retryDelay);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
