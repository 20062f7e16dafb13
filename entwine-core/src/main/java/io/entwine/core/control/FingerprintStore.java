package io.entwine.core.control;

import io.entwine.store.setting.SettingStore;

import java.util.Optional;

/** Keeps the fingerprint recorded at the last activation in the node's settings, one setting per part. */
final class FingerprintStore {
    private static final String PREFIX = "sync.fingerprint.";

    private FingerprintStore() {
    }

    static Optional<SyncFingerprint> read(SettingStore settings) {
        Optional<String> nodeId = settings.get(PREFIX + "nodeId");
        if (nodeId.isEmpty()) return Optional.empty();
        return Optional.of(new SyncFingerprint(nodeId.get(), settings.get(PREFIX + "databaseId").orElse(null),
                settings.get(PREFIX + "trackerBaseUrl").orElse(null), settings.get(PREFIX + "trackerInstanceId").orElse(null)));
    }

    static void write(SettingStore settings, SyncFingerprint fingerprint) {
        settings.put(PREFIX + "databaseId", fingerprint.databaseId());
        settings.put(PREFIX + "trackerBaseUrl", fingerprint.trackerBaseUrl());
        settings.put(PREFIX + "trackerInstanceId", fingerprint.trackerInstanceId());
        settings.put(PREFIX + "nodeId", fingerprint.nodeId()); // last: its presence means the others are written
    }
}
