package io.entwine.store.queue;

/** Number of events per status. */
public record QueueDepth(long pending, long running, long failed, long done) {

    /** Events not yet DONE. */
    public long unfinished() {
        return pending + running + failed;
    }
}
