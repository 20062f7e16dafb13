package io.entwine.core.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.entwine.api.errors.ConfigException;
import io.entwine.core.lifecycle.TwinLifecycle;
import io.entwine.core.trigger.MatchingSync;
import io.entwine.core.trigger.QueryRunner;
import io.entwine.store.Database;
import io.entwine.store.bulk.BulkJob;
import io.entwine.store.bulk.BulkJobState;
import io.entwine.store.twin.Twin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts bulk jobs and runs them on a background thread: the start methods store the job (RUNNING) and return at
 * once; its progress ({@code done/total/failed}) is written as it goes and read with {@link #find}/{@link #list}.
 * Sync and connect jobs count an item done when its twin has settled (see {@link Settlement}), so a finished job
 * means the peer has the entities; unsync items are done as soon as the twin stopped. A job whose process stopped
 * (its heartbeat ceased) is marked INTERRUPTED: jobs do not resume, but running one again is safe (no duplicates).
 *
 * <p>Thread-safe. The start methods block on the database only; tracker searches run on the job thread.
 */
public final class BulkJobs implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BulkJobs.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String INTERRUPTED = "the node stopped while this job ran; start it again to finish it (it creates no duplicates)";
    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    static final Duration STALE_AFTER = Duration.ofSeconds(60);

    private final Database database;
    private final QueryRunner queries;
    private final MatchingSync matching;
    private final TwinLifecycle lifecycle;
    private final Clock clock;
    private final Duration checkEvery;
    private final Duration settleTimeout;
    private final ScheduledExecutorService executor;
    /** Separate from the job thread, so a long tracker search does not stop the heartbeat of its job. */
    private final ScheduledExecutorService heartbeat;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    public BulkJobs(Database database, QueryRunner queries, MatchingSync matching, TwinLifecycle lifecycle, Clock clock,
                    Duration checkEvery, Duration settleTimeout) {
        this.database = database;
        this.queries = queries;
        this.matching = matching;
        this.lifecycle = lifecycle;
        this.clock = clock;
        this.checkEvery = checkEvery;
        this.settleTimeout = settleTimeout;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bulk-jobs");
            t.setDaemon(true);
            return t;
        });
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bulk-jobs-heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts the heartbeat of this process's running jobs and the watch for jobs whose process stopped: a RUNNING
     * job without a heartbeat for {@link #STALE_AFTER} is marked INTERRUPTED (at start, and every
     * {@link #HEARTBEAT} after). Several processes on one database each keep their own jobs alive.
     */
    public void start() {
        heartbeat.scheduleWithFixedDelay(this::beat, 0, HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            database.useTransaction(tx -> running.forEach(id -> tx.bulkJobs().touch(id)));
            int n = database.inTransaction(tx -> tx.bulkJobs().interruptStale(clock.instant().minus(STALE_AFTER), INTERRUPTED));
            if (n > 0) log.warn("{} bulk jobs stopped with their node and are marked INTERRUPTED", n);
        } catch (RuntimeException e) {
            log.warn("bulk job heartbeat failed: {}", e.getMessage());
        }
    }

    /** Brings every entity matching the native {@code query} under sync on the connection now. */
    public BulkJob syncMatching(String connectionId, String query) {
        requireText(query, "query");
        BulkJob job = create(connectionId, "sync", Map.of("query", query));
        executor.execute(() -> guarded(job, () -> {
            List<String> keys = new ArrayList<>(queries.keys(query));
            progress(job, keys.size(), 0, 0);
            Map<String, Twin> twins = matching.bringUnderSync(connectionId, keys, "BULK");
            awaitSettled(job, twins.values().stream().map(Twin::id).toList(), 0, List.of());
        }));
        return job;
    }

    /** Links existing pairs into twins (creating no entity) and runs their first exchange. */
    public BulkJob connect(String connectionId, List<KeyPair> pairs) {
        if (pairs == null || pairs.isEmpty()) throw new ConfigException("bulk connect needs a non-empty list of pairs");
        BulkJob job = create(connectionId, "connect", Map.of("pairs", pairs));
        executor.execute(() -> guarded(job, () -> {
            progress(job, pairs.size(), 0, 0);
            List<Long> twins = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (KeyPair pair : pairs) {
                try {
                    twins.add(lifecycle.connect(connectionId, pair.local(), pair.remote()).id());
                } catch (RuntimeException e) {
                    problems.add(pair.local() + " <-> " + pair.remote() + ": " + e.getMessage());
                }
            }
            awaitSettled(job, twins, problems.size(), problems);
        }));
        return job;
    }

    /** Unsyncs the twins of the given local keys, or of the entities matching {@code query} when no keys are given. */
    public BulkJob unsync(String connectionId, String query, List<String> keys) {
        boolean byKeys = keys != null && !keys.isEmpty();
        if (!byKeys) requireText(query, "query (or keys)");
        BulkJob job = create(connectionId, "unsync", byKeys ? Map.of("keys", keys) : Map.of("query", query));
        executor.execute(() -> guarded(job, () -> {
            Collection<String> targets = byKeys ? keys : queries.keys(query);
            progress(job, targets.size(), 0, 0);
            int done = 0;
            List<String> problems = new ArrayList<>();
            for (String key : targets) {
                try {
                    Twin twin = database.inTransaction(tx -> tx.twins().findByLocalKey(connectionId, key))
                            .orElseThrow(() -> new ConfigException("not twinned on this connection"));
                    lifecycle.unsync(twin.id());
                    done++;
                } catch (RuntimeException e) {
                    problems.add(key + ": " + e.getMessage());
                }
                progress(job, targets.size(), done, problems.size());
            }
            finish(job, BulkJobState.DONE, summary(done, problems));
        }));
        return job;
    }

    public Optional<BulkJob> find(String jobId) {
        return database.inTransaction(tx -> tx.bulkJobs().find(jobId));
    }

    /** The newest {@code limit} jobs first. */
    public List<BulkJob> list(int limit) {
        return database.inTransaction(tx -> tx.bulkJobs().list(limit));
    }

    /** Checks the job's twins every {@link #checkEvery} until all settled or {@link #settleTimeout} passed. */
    private void awaitSettled(BulkJob job, List<Long> twinIds, int failedBefore, List<String> problems) {
        Instant deadline = clock.instant().plus(settleTimeout);
        int total = twinIds.size() + failedBefore;
        AtomicReference<ScheduledFuture<?>> self = new AtomicReference<>();
        Runnable check = () -> guarded(job, () -> {
            int done = 0;
            int failed = failedBefore;
            List<Settlement> states = database.inTransaction(tx -> twinIds.stream().map(id -> Settlement.of(tx, id)).toList());
            for (Settlement s : states) {
                if (s == Settlement.DONE) done++;
                if (s == Settlement.FAILED) failed++;
            }
            boolean stillRunning = progress(job, total, done, failed);
            if (!stillRunning) {
                running.remove(job.id()); // finished elsewhere (failed, or interrupted): nothing more to watch
            } else if (done + failed == total) {
                finish(job, BulkJobState.DONE, summary(done, problemsWith(problems, failed - failedBefore)));
            } else if (clock.instant().isAfter(deadline)) {
                finish(job, BulkJobState.FAILED, (total - done - failed) + " items had not finished after " + settleTimeout
                        + "; see the queue and errors of their twins");
            } else {
                return;
            }
            ScheduledFuture<?> future = self.get();
            if (future != null) future.cancel(false);
        });
        self.set(executor.scheduleWithFixedDelay(check, 0, checkEvery.toMillis(), TimeUnit.MILLISECONDS));
    }

    private static List<String> problemsWith(List<String> problems, int failedTwins) {
        if (failedTwins == 0) return problems;
        List<String> all = new ArrayList<>(problems);
        all.add(failedTwins + " twins have a failed event (see the errors)");
        return all;
    }

    private BulkJob create(String connectionId, String kind, Map<String, Object> request) {
        String id = UUID.randomUUID().toString();
        String json;
        try {
            json = JSON.writeValueAsString(request);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the bulk request", e);
        }
        BulkJob job = database.inTransaction(tx -> tx.bulkJobs().create(id, connectionId, kind, json));
        running.add(id);
        log.info("bulk {} job {} started on connection {}", kind, id, connectionId);
        return job;
    }

    private void guarded(BulkJob job, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("bulk {} job {} failed: {}", job.kind(), job.id(), e.getMessage());
            finish(job, BulkJobState.FAILED, e.getMessage());
        }
    }

    private boolean progress(BulkJob job, int total, int done, int failed) {
        return database.inTransaction(tx -> tx.bulkJobs().progress(job.id(), total, done, failed));
    }

    private void finish(BulkJob job, BulkJobState state, String message) {
        running.remove(job.id());
        boolean finished = database.inTransaction(tx -> tx.bulkJobs().finish(job.id(), state, message));
        if (finished) log.info("bulk {} job {} {}: {}", job.kind(), job.id(), state, message);
    }

    private static String summary(int done, List<String> problems) {
        if (problems.isEmpty()) return done + " done";
        String listed = String.join("; ", problems.subList(0, Math.min(20, problems.size())));
        return done + " done, " + problems.size() + " failed: " + listed + (problems.size() > 20 ? "; ..." : "");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) throw new ConfigException("bulk request needs a non-empty '" + name + "'");
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        executor.shutdownNow();
    }
}
