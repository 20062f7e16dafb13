/**
 * Running the durable sync queue: a dispatcher claims the heads of twin lanes from the store and hands
 * them to a bounded pool (twins in parallel, one twin's events in order), handlers finish an event in the
 * same transaction as the work it leads to, and one {@link io.entwine.core.queue.ErrorClassifier} decides
 * what a failure means: retry later with backoff, or hold the twin's lane and raise an error for an admin.
 */
package io.entwine.core.queue;
