/**
 * The durable sync queue: events per twin lane, claimed under leases by workers of one or several processes,
 * retried, failed and resolved. The claim SQL itself lives in {@link io.entwine.store.dialect}.
 */
package io.entwine.store.queue;
