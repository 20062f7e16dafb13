package io.entwine.core.control;

import io.entwine.core.queue.SyncWorkers;
import io.entwine.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Sync control: whether the node's sync workers run. While they do not, changes are still detected and queued, and
 * peers' messages still accepted; nothing is processed. The workers start with the node only when configured to and
 * when the node's {@link SyncFingerprint} matches the one recorded at the last activation; otherwise an admin
 * activates them ({@link #activate}), confirming a changed fingerprint explicitly. A node-level error
 * ({@link #halt}) and an admin ({@link #deactivate}) stop them, with the reason kept for {@link #state()}.
 *
 * <p>Thread-safe (state changes are serialised); activation reads and writes the node's settings in the database.
 */
public final class SyncControl {
    private static final Logger log = LoggerFactory.getLogger(SyncControl.class);

    private final Database database;
    private final SyncWorkers workers;
    private final Supplier<SyncFingerprint> currentFingerprint;
    private final Clock clock;
    private volatile String reason = "the node has not started yet";
    private volatile Instant since;
    private volatile List<FingerprintChange> changes = List.of();
    private volatile Long haltedByError;

    /** {@code currentFingerprint} is asked at start and activation, once the tracker connector has started. */
    public SyncControl(Database database, SyncWorkers workers, Supplier<SyncFingerprint> currentFingerprint, Clock clock) {
        this.database = database;
        this.workers = workers;
        this.currentFingerprint = currentFingerprint;
        this.clock = clock;
        this.since = clock.instant();
    }

    /**
     * At node start: starts the workers if {@code configuredToStart} and the fingerprint matches the recorded one (or
     * none was recorded yet, which then records it). A changed fingerprint keeps the workers inactive whatever the
     * configuration says.
     */
    public synchronized SyncState startWithNode(boolean configuredToStart) {
        SyncFingerprint current = currentFingerprint.get();
        Optional<SyncFingerprint> recorded = recorded();
        List<FingerprintChange> found = recorded.map(current::changesSince).orElse(List.of());
        if (!found.isEmpty()) {
            inactive("the node's fingerprint changed since its sync was last activated (" + describe(found) + "); check"
                    + " that this is not a copy of another node's database or a node pointed at another tracker, then"
                    + " activate with confirmFingerprint=true", found, null);
            log.warn("sync stays inactive: {}", reason);
        } else if (configuredToStart) {
            start(current);
        } else {
            inactive("the node is configured to start with its sync inactive (sync.startWorkers=false); activate it"
                    + " with POST /api/sync/activate or bin/entwine sync activate", List.of(), null);
            log.info("sync inactive: {}", reason);
        }
        return state();
    }

    /**
     * Starts the workers (a no-op when they run). Records the current fingerprint on first activation and, when it
     * changed, only if {@code confirmFingerprint}.
     *
     * @throws FingerprintChangedException when the fingerprint changed and was not confirmed; nothing changed then
     */
    public synchronized SyncState activate(boolean confirmFingerprint) {
        SyncFingerprint current = currentFingerprint.get();
        List<FingerprintChange> found = recorded().map(current::changesSince).orElse(List.of());
        if (!found.isEmpty() && !confirmFingerprint) throw new FingerprintChangedException(found);
        if (!found.isEmpty()) log.warn("admin confirmed the node's new fingerprint: {}", describe(found));
        start(current);
        return state();
    }

    /** Stops claiming events (those running finish); changes keep being detected and queued. */
    public synchronized SyncState deactivate(String why) {
        workers.stopClaiming();
        inactive(why, List.of(), null);
        log.info("sync deactivated: {}", why);
        return state();
    }

    /**
     * A node-level error (a defect in Entwine) stops the sync until an admin looks: called from the worker that hit
     * it, so it does not wait for the workers.
     */
    public synchronized void halt(long errorId, String message) {
        workers.stopClaiming();
        inactive("stopped by node-level error " + errorId + " (" + message + "); retry or skip the error, then activate"
                + " the sync again", List.of(), errorId);
        log.error("sync stopped by node-level error {}: {}", errorId, message);
    }

    public SyncState state() {
        boolean active = workers.isRunning();
        return new SyncState(active, active ? null : reason, since, active ? List.of() : changes,
                active ? null : haltedByError, recorded().orElse(null), currentFingerprintOrNull());
    }

    public boolean isActive() {
        return workers.isRunning();
    }

    private void start(SyncFingerprint current) {
        database.useTransaction(tx -> FingerprintStore.write(tx.settings(), current));
        workers.start();
        reason = null;
        changes = List.of();
        haltedByError = null;
        since = clock.instant();
    }

    private void inactive(String why, List<FingerprintChange> found, Long error) {
        reason = why;
        changes = List.copyOf(found);
        haltedByError = error;
        since = clock.instant();
    }

    private Optional<SyncFingerprint> recorded() {
        return database.inTransaction(tx -> FingerprintStore.read(tx.settings()));
    }

    private SyncFingerprint currentFingerprintOrNull() {
        try {
            return currentFingerprint.get();
        } catch (RuntimeException notStartedYet) {
            return null;
        }
    }

    static String describe(List<FingerprintChange> changes) {
        return changes.stream().map(FingerprintChange::toString).collect(Collectors.joining("; "));
    }
}
