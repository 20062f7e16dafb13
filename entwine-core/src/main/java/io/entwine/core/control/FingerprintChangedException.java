package io.entwine.core.control;

import io.entwine.api.errors.SyncException;

import java.util.List;

/**
 * Activation refused: the node's fingerprint differs from the one recorded when its sync was last activated, and
 * the admin did not confirm the new one. Nothing changed; the sync stays inactive.
 */
public class FingerprintChangedException extends SyncException {
    private final List<FingerprintChange> changes;

    public FingerprintChangedException(List<FingerprintChange> changes) {
        super("the node's fingerprint changed since its sync was last activated (" + SyncControl.describe(changes)
                + "): this may be a copy of another node's database or a node pointed at another tracker; check, then"
                + " activate with confirmFingerprint=true to record the new fingerprint and start syncing");
        this.changes = List.copyOf(changes);
    }

    public List<FingerprintChange> changes() {
        return changes;
    }
}
