package io.entwine.core.queue;

/**
 * Processes one claimed sync event. Called on a worker thread; may block on tracker or peer I/O.
 * Finish the event with {@link ClaimedEvent#complete} inside the transaction that records its effects;
 * an event left unfinished is completed by the worker when the handler returns. Throwing hands the
 * failure to the {@link ErrorClassifier}.
 */
@FunctionalInterface
public interface EventHandler {
    void handle(ClaimedEvent event) throws Exception;
}
