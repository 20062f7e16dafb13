/**
 * Reconciliation: the periodic (and on-demand) sweep that compares each twin's current tracker state with what was
 * last sent and repairs what missed webhooks left behind: drift becomes a local-change event, a vanished entity a
 * deletion notice through the change intake. Healthy twins cost one read each and produce no events or writes.
 */
package io.entwine.core.reconcile;
