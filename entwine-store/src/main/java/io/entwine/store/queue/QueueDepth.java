package io.entwine.store.queue;

/** Number of events per status. */
public record QueueDepth(long pending, long running, long failed, long done, long skipped) {

    /** Without skipped events (a queue where nothing was skipped). */
    public QueueDepth(long pending, long running, long failed, long done) {
        this(pending, running, failed, done, 0);
    }

    /** Events not yet DONE. */
    public long unfinished() {
        return pending + running + failed;
    }
}
