package io.entwine.core.control;

import java.time.Instant;
import java.util.List;

/**
 * Whether the node's sync workers run and, when they do not, why ({@code reason}) and since when. When the fingerprint
 * changed, {@code fingerprintChanges} says which parts (old and new value); {@code haltedByError} names the node-level
 * error that stopped the sync, if one did. {@code recorded} and {@code current} are the fingerprints (recorded is
 * null before the first activation).
 */
public record SyncState(boolean active, String reason, Instant since, List<FingerprintChange> fingerprintChanges,
                        Long haltedByError, SyncFingerprint recorded, SyncFingerprint current) {
}
