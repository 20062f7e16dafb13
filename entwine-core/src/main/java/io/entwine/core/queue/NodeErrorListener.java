package io.entwine.core.queue;

/**
 * Told when an event failed with a node-level error (a defect in Entwine), so the node can stop its sync: a defect
 * that hit one event may hit the next ones too, and an admin should look before more work runs.
 *
 * <p>Called on the worker thread that ran the event, after the error is recorded; must not block on the workers
 * (see {@link SyncWorkers#stopClaiming()}).
 */
@FunctionalInterface
public interface NodeErrorListener {
    NodeErrorListener NONE = (errorId, message) -> { };

    void nodeError(long errorId, String message);
}
