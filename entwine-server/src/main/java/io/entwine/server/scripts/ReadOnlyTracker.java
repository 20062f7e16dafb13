package io.entwine.server.scripts;

import io.entwine.api.connector.ChangePage;
import io.entwine.api.connector.ConnectorConfig;
import io.entwine.api.connector.QueryPage;
import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.connector.TrackerHttpResponse;
import io.entwine.api.connector.TrackerInfo;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;

import java.util.Objects;
import java.util.Optional;

/**
 * A real (or emulated) tracker behind a dry run: reads and look-ups go to the started connector, writes are
 * refused. Lifecycle calls are not passed on: whoever started the connector stops it (the node, or the CLI).
 * Thread-safe as the connector is; calls block on its HTTP.
 */
public final class ReadOnlyTracker extends DryRunTracker {
    private final TrackerConnector tracker;

    /** @param tracker a started connector */
    public ReadOnlyTracker(TrackerConnector tracker) {
        this.tracker = Objects.requireNonNull(tracker, "tracker");
    }

    @Override
    public String source() {
        TrackerInfo info = tracker.trackerInfo();
        return tracker.kind() + " tracker at " + (info == null ? "?" : info.baseUrl()) + " (read-only)";
    }

    @Override public String kind() { return tracker.kind(); }
    @Override public void start(ConnectorConfig config) { /* started by its owner */ }
    @Override public void stop() { /* stopped by its owner */ }
    @Override public TrackerInfo trackerInfo() { return tracker.trackerInfo(); }
    @Override public String browseUrl(String key) { return tracker.browseUrl(key); }
    @Override public HubIssue read(String key) { return tracker.read(key); }
    @Override public ChangePage changesSince(String cursor, int pageSize) { return tracker.changesSince(cursor, pageSize); }
    @Override public QueryPage query(String nativeQuery, String pageToken, int pageSize) { return tracker.query(nativeQuery, pageToken, pageSize); }
    @Override public Optional<HubUser> userByEmail(String email) { return tracker.userByEmail(email); }
    @Override public Optional<HubStatus> status(String name) { return tracker.status(name); }
    @Override public Optional<HubPriority> priority(String name) { return tracker.priority(name); }
    @Override public Optional<HubIssueType> issueType(String name, String projectKey) { return tracker.issueType(name, projectKey); }
    @Override public HubIssue normalizeWritten(HubIssue written) { return tracker.normalizeWritten(written); }
    @Override protected TrackerHttpResponse readRaw(String path) { return tracker.rawRequest("GET", path, null); }
}
