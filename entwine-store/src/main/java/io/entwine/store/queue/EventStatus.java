package io.entwine.store.queue;

/**
 * PENDING waits until {@code nextAttemptAt}; RUNNING is leased to a worker until {@code leaseUntil}; DONE is final;
 * FAILED blocks its twin's lane until an admin retries or skips it; SKIPPED is final like DONE, but records that an
 * admin skipped the event without it running (its twin's lane moved on).
 */
public enum EventStatus {
    PENDING,
    RUNNING,
    DONE,
    FAILED,
    SKIPPED
}
