package io.entwine.core.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What makes a node the node it was when its sync was activated: its name, the id of its database (made once when
 * the database was created, so a copy keeps it), and the tracker it serves (base URL and the tracker's own instance
 * id, such as Jira's cloud id or GitHub's repository id). A copied database started by another node, or a node
 * pointed at another tracker, has a different fingerprint and must not sync until an admin confirms it.
 */
public record SyncFingerprint(String nodeId, String databaseId, String trackerBaseUrl, String trackerInstanceId) {

    /** The parts of this fingerprint that differ from {@code recorded}, in a fixed order; empty when they match. */
    public List<FingerprintChange> changesSince(SyncFingerprint recorded) {
        List<FingerprintChange> changes = new ArrayList<>();
        compare(changes, "nodeId", recorded.nodeId, nodeId);
        compare(changes, "databaseId", recorded.databaseId, databaseId);
        compare(changes, "trackerBaseUrl", recorded.trackerBaseUrl, trackerBaseUrl);
        compare(changes, "trackerInstanceId", recorded.trackerInstanceId, trackerInstanceId);
        return changes;
    }

    private static void compare(List<FingerprintChange> changes, String part, String recorded, String current) {
        if (!Objects.equals(recorded, current)) changes.add(new FingerprintChange(part, recorded, current));
    }
}
