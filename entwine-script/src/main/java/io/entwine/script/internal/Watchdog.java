package io.entwine.script.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Interrupts a thread that runs a script for longer than its budget. The script checks the interrupt flag
 * in every loop, closure and method ({@code ThreadInterrupt}), so the interrupt ends it promptly; a single
 * long JDK call (a huge string operation) is not interruptible and finishes first.
 *
 * <p>Thread-safe; one daemon thread for the whole engine. The per-run cost is one scheduled task.
 */
public final class Watchdog implements AutoCloseable {
    private final ScheduledThreadPoolExecutor timer;

    public Watchdog() {
        timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "entwine-rule-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Starts watching the current thread; the caller must {@link Watch#stop()} it in a finally block. */
    public Watch watchCurrentThread(Duration budget) {
        Watch watch = new Watch(Thread.currentThread());
        watch.future = timer.schedule(watch, budget.toNanos(), TimeUnit.NANOSECONDS);
        return watch;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One watched run. */
    public static final class Watch implements Runnable {
        private static final int RUNNING = 0, FIRING = 1, FIRED = 2, STOPPED = 3;
        private final AtomicInteger state = new AtomicInteger(RUNNING);
        private final Thread thread;
        private volatile ScheduledFuture<?> future;

        private Watch(Thread thread) {
            this.thread = thread;
        }

        @Override
        public void run() {
            if (state.compareAndSet(RUNNING, FIRING)) {
                thread.interrupt();
                state.set(FIRED);
            }
        }

        /**
         * Ends the watch. Returns true when the budget was exceeded; the interrupt this watch delivered is
         * then cleared, so the thread leaves the run with the interrupt status it came in with.
         */
        public boolean stop() {
            if (state.compareAndSet(RUNNING, STOPPED)) {
                ScheduledFuture<?> f = future;
                if (f != null) f.cancel(false);
                return false;
            }
            while (state.get() != FIRED) Thread.onSpinWait();
            Thread.interrupted();
            return true;
        }

        /** True once the budget has been exceeded (the interrupt may still be on its way). */
        public boolean fired() {
            int s = state.get();
            return s == FIRING || s == FIRED;
        }
    }
}
