package io.entwine.server.scripts;

import io.entwine.api.connector.ChangePage;
import io.entwine.api.connector.ConnectorConfig;
import io.entwine.api.connector.QueryPage;
import io.entwine.api.connector.TrackerHttpResponse;
import io.entwine.api.connector.TrackerInfo;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;

import java.util.List;
import java.util.Optional;

/**
 * A dry run's tracker that also knows the local entities of the request's twins: reading one of them (by key or id)
 * answers it from the request, so {@code nodeHelper.getLocalIssueFromRemoteId} works offline; everything else goes
 * to the tracker underneath. Immutable; thread-safe as that tracker is.
 */
final class TwinEntitiesTracker extends DryRunTracker {
    private final DryRunTracker tracker;
    private final List<KnownTwin> twins;

    TwinEntitiesTracker(DryRunTracker tracker, List<KnownTwin> twins) {
        this.tracker = tracker;
        this.twins = List.copyOf(twins);
    }

    @Override
    public HubIssue read(String key) {
        for (KnownTwin twin : twins) {
            if (key.equals(twin.local().getKey()) || key.equals(twin.local().getId())) return twin.local().copy();
        }
        return tracker.read(key);
    }

    @Override public String source() { return tracker.source(); }
    @Override public String kind() { return tracker.kind(); }
    @Override public void start(ConnectorConfig config) { /* the tracker underneath is started by its owner */ }
    @Override public void stop() { /* stopped by its owner */ }
    @Override public TrackerInfo trackerInfo() { return tracker.trackerInfo(); }
    @Override public String browseUrl(String key) { return tracker.browseUrl(key); }
    @Override public ChangePage changesSince(String cursor, int pageSize) { return tracker.changesSince(cursor, pageSize); }
    @Override public QueryPage query(String nativeQuery, String pageToken, int pageSize) { return tracker.query(nativeQuery, pageToken, pageSize); }
    @Override public Optional<HubUser> userByEmail(String email) { return tracker.userByEmail(email); }
    @Override public Optional<HubStatus> status(String name) { return tracker.status(name); }
    @Override public Optional<HubPriority> priority(String name) { return tracker.priority(name); }
    @Override public Optional<HubIssueType> issueType(String name, String projectKey) { return tracker.issueType(name, projectKey); }
    @Override protected TrackerHttpResponse readRaw(String path) { return tracker.rawRequest("GET", path, null); }
}
