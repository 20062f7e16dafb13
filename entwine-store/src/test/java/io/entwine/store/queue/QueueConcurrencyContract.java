package io.entwine.store.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.entwine.store.Database;
import io.entwine.store.StoreContract;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Several claimers (threads, and on PostgreSQL several {@link Database}s standing for processes) drain a queue of
 * a few thousand events spread over twin lanes, while a producer keeps enqueuing and some attempts are retried.
 * Every event must be done exactly once, each lane in id order, never two events of one lane at once.
 */
public abstract class QueueConcurrencyContract extends StoreContract {
    private static final int TWINS = 60;
    private static final int PRELOADED = 2_400;
    private static final int PRODUCED = 600;
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final long SEED = 20_261_123L;

    /** How many {@link Database}s (processes) claim at once. */
    protected abstract int processes();

    /** Claiming threads per process. */
    protected abstract int threadsPerProcess();

    @Test
    void processesEveryEventOnceAndEachLaneInOrderWithConcurrentClaimers() throws Exception {
        String connection = newConnection("busy");
        List<Long> twins = new ArrayList<>();
        for (int t = 0; t < TWINS; t++) twins.add(newTwin(connection, "ISSUE-" + t));
        Random random = new Random(SEED);
        enqueueRandomly(db, connection, twins, random, PRELOADED);
        int total = PRELOADED + PRODUCED;

        Map<Long, Long> runningPerTwin = new ConcurrentHashMap<>();
        Map<Long, List<Long>> completionOrder = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
        AtomicInteger completed = new AtomicInteger();

        List<Database> databases = new ArrayList<>();
        databases.add(db);
        for (int p = 1; p < processes(); p++) databases.add(Database.open(config(), clock));
        ExecutorService pool = Executors.newFixedThreadPool(processes() * threadsPerProcess() + 1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            futures.add(pool.submit(() -> {
                enqueueRandomly(databases.get(databases.size() - 1), connection, twins, new Random(SEED + 1), PRODUCED);
                return null;
            }));
            for (int p = 0; p < processes(); p++) {
                for (int t = 0; t < threadsPerProcess(); t++) {
                    Database database = databases.get(p);
                    String owner = "process-" + p + "/worker-" + t;
                    futures.add(pool.submit(() -> {
                        work(database, owner, total, runningPerTwin, completionOrder, violations, completed);
                        return null;
                    }));
                }
            }
            for (Future<?> future : futures) future.get(90, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
            for (Database database : databases.subList(1, databases.size())) database.close();
        }

        assertThat(violations).isEmpty();
        List<Long> all = completionOrder.values().stream().flatMap(List::stream).toList();
        assertThat(all).hasSize(total).doesNotHaveDuplicates();
        completionOrder.forEach((twin, ids) -> assertThat(ids).as("completion order of twin %s", twin).isSorted());
        QueueDepth depth = tx(tx -> tx.queue().depth());
        assertThat(depth).isEqualTo(new QueueDepth(0, 0, 0, total));
    }

    private void enqueueRandomly(Database database, String connection, List<Long> twins, Random random, int count) {
        for (int done = 0; done < count; done += 50) {
            List<NewEvent> batch = new ArrayList<>();
            for (int i = 0; i < Math.min(50, count - done); i++) {
                long twin = twins.get(random.nextInt(twins.size()));
                batch.add(NewEvent.of(connection, twin, EventKind.LOCAL_CHANGE, null));
            }
            database.useTransaction(tx -> tx.queue().enqueueAll(batch));
        }
    }

    private void work(Database database, String owner, int total, Map<Long, Long> runningPerTwin,
                      Map<Long, List<Long>> completionOrder, ConcurrentLinkedQueue<String> violations, AtomicInteger completed) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(80);
        while (completed.get() < total && violations.isEmpty()) {
            if (System.nanoTime() > deadline) {
                violations.add(owner + " gave up with " + completed.get() + " of " + total + " done");
                return;
            }
            Instant now = clock.instant();
            List<SyncEvent> claimed = database.inTransaction(tx -> tx.queue().claim(now, 8, owner, LEASE));
            if (claimed.isEmpty()) {
                Thread.onSpinWait();
                continue;
            }
            for (SyncEvent event : claimed) {
                Long other = runningPerTwin.putIfAbsent(event.twinId(), event.id());
                if (other != null) {
                    violations.add(owner + " got event " + event.id() + " of twin " + event.twinId() + " while " + other + " runs");
                }
                // every tenth event fails its first attempt: the lane must wait for its retry
                boolean flaky = event.id() % 10 == 0 && event.attempts() == 1;
                database.useTransaction(tx -> {
                    runningPerTwin.remove(event.twinId(), event.id()); // before commit: the next claim can only follow it
                    if (flaky) {
                        if (!tx.queue().retryLater(event.id(), owner, now, "flaky")) violations.add(owner + " lost " + event.id());
                    } else {
                        completionOrder.computeIfAbsent(event.twinId(), t -> Collections.synchronizedList(new ArrayList<>())).add(event.id());
                        if (!tx.queue().complete(event.id(), owner)) violations.add(owner + " could not complete " + event.id());
                    }
                });
                if (!flaky) completed.incrementAndGet();
            }
        }
    }
}
