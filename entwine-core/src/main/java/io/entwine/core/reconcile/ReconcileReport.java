package io.entwine.core.reconcile;

/**
 * What one reconciliation sweep did: twins {@code checked} (read from the tracker), {@code drifted} (a local change
 * was queued), {@code deleted} (reported as deleted), {@code failed} (could not be read; tried again next sweep),
 * {@code skipped} (busy or never sent). {@code complete} is false when the sweep stopped early (rate limit), with
 * the reason in {@code stoppedBecause}; the next sweep resumes where it stopped.
 */
public record ReconcileReport(int checked, int drifted, int deleted, int failed, int skipped, boolean complete,
                              String stoppedBecause) {
}
