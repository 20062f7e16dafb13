package io.entwine.core.queue;

import io.entwine.store.Database;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.SyncEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The node's sync workers: one dispatcher thread claims ready lane heads (at most one event per twin, so
 * twins run in parallel and one twin's events in order) and hands them to a fixed pool. Wakes at once
 * when something is enqueued locally ({@link #wake()}), otherwise polls the store, which also picks up
 * events whose retry time has come and events of crashed workers whose lease expired.
 */
public final class SyncWorkers implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SyncWorkers.class);

    private final Database database;
    private final Map<EventKind, EventHandler> handlers;
    private final FailureRecorder failures;
    private final Clock clock;
    private final int threads;
    private final String owner;
    private final Duration lease;
    private final Duration idlePoll;
    private final Semaphore free;
    private final WorkSignal signal;
    private final AtomicInteger processed = new AtomicInteger();
    private volatile boolean running;
    /** Which start the current dispatcher belongs to: a dispatcher of an earlier start exits at its next check. */
    private volatile int generation;
    private ExecutorService pool;
    private Thread dispatcher;

    public SyncWorkers(Database database, Map<EventKind, EventHandler> handlers, FailureRecorder failures, WorkSignal signal,
                       Clock clock, int threads, String owner, Duration lease, Duration idlePoll) {
        this.database = database;
        this.handlers = Map.copyOf(handlers);
        this.failures = failures;
        this.signal = signal;
        this.clock = clock;
        this.threads = threads;
        this.owner = owner;
        this.lease = lease;
        this.idlePoll = idlePoll;
        this.free = new Semaphore(threads);
    }

    /** Starts claiming and running events; a no-op while running. May be called again after {@link #stopClaiming()}. */
    public synchronized void start() {
        if (running) return;
        running = true;
        int gen = ++generation;
        AtomicInteger n = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sync-worker-" + gen + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool = workers;
        dispatcher = new Thread(() -> dispatch(gen, workers), "sync-dispatcher-" + gen);
        dispatcher.setDaemon(true);
        dispatcher.start();
        log.info("sync workers started: {} threads, owner {}", threads, owner);
    }

    /**
     * Stops claiming new events without waiting: events already running finish (and are recorded) on their own
     * threads, then those threads end. Safe to call from a worker thread (a node-level error stops the sync from
     * there) and from any other; a no-op when not running.
     */
    public synchronized void stopClaiming() {
        if (!running) return;
        running = false;
        signal.wake();
        log.info("sync workers stop claiming; events already running finish");
    }

    public boolean isRunning() {
        return running;
    }

    /** Tells the dispatcher new work may be ready; cheap, call after every local enqueue. */
    public void wake() {
        signal.wake();
    }

    /** Events finished by this node's workers since start (successes and holds). */
    public int processed() {
        return processed.get();
    }

    private boolean current(int gen) {
        return running && generation == gen;
    }

    private void dispatch(int gen, ExecutorService workers) {
        try {
            dispatchWhileCurrent(gen, workers);
        } finally {
            workers.shutdown(); // lets running events finish, then the threads end
        }
    }

    private void dispatchWhileCurrent(int gen, ExecutorService workers) {
        while (current(gen)) {
            int taken = 0;
            try {
                free.acquire();
                taken = 1 + free.drainPermits();
                if (!current(gen)) {
                    free.release(taken);
                    return;
                }
                signal.clear();
                int available = taken;
                List<SyncEvent> claimed = database.inTransaction(tx -> tx.queue().claim(clock.instant(), available, owner, lease));
                free.release(taken - claimed.size());
                taken = 0;
                for (SyncEvent event : claimed) workers.execute(() -> run(event));
                if (claimed.size() < available && current(gen)) signal.await(idlePoll);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable t) {
                if (taken > 0) free.release(taken);
                // one bad iteration must not stop the node (db-scheduler RunUntilShutdown): log, wait, keep going
                log.error("sync dispatcher iteration failed; will keep running", t);
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(idlePoll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(SyncEvent event) {
        MDC.put("queueItem", String.valueOf(event.id()));
        MDC.put("connection", event.connectionId());
        MDC.put("entity", String.valueOf(event.twinId()));
        try {
            EventHandler handler = handlers.get(event.kind());
            if (handler == null) throw new IllegalStateException("no handler for event kind " + event.kind());
            ClaimedEvent claimed = new ClaimedEvent(event, owner);
            handler.handle(claimed);
            if (!claimed.finished()) database.useTransaction(tx -> claimed.complete(tx));
            failures.resolved(event);
        } catch (Throwable t) {
            failures.failed(event, owner, t);
        } finally {
            processed.incrementAndGet();
            MDC.clear();
            free.release();
            signal.wake();
        }
    }

    @Override
    public synchronized void close() {
        if (pool == null) return;
        running = false;
        generation++;
        wake();
        dispatcher.interrupt();
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) pool.shutdownNow();
            dispatcher.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
        pool = null;
        log.info("sync workers stopped");
    }
}
