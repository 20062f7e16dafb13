package io.entwine.core.reconcile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link Reconciler} sweep every {@code interval} on a daemon thread of its own, first one interval after
 * {@link #start()}; a failing sweep is logged and tried again at the next tick. A zero or negative interval
 * schedules nothing (sweeps then run only on demand). {@link #close()} stops it.
 */
public final class ReconcileSchedule implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReconcileSchedule.class);

    private final Reconciler reconciler;
    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "reconciliation");
        t.setDaemon(true);
        return t;
    });

    public ReconcileSchedule(Reconciler reconciler, Duration interval) {
        this.reconciler = reconciler;
        this.interval = interval;
    }

    public void start() {
        if (interval == null || interval.isZero() || interval.isNegative()) {
            log.info("periodic reconciliation is off; run it with POST /api/sync/reconcile");
            return;
        }
        timer.scheduleWithFixedDelay(this::sweepQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sweepQuietly() {
        try {
            reconciler.sweep();
        } catch (RuntimeException e) {
            log.warn("reconciliation sweep failed; will try again in {}: {}", interval, e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
