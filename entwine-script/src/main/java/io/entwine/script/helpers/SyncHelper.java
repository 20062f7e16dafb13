package io.entwine.script.helpers;

import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.replica.HubIssue;
import io.entwine.script.TwinLookup;
import io.entwine.script.actions.ActionRecorder;
import io.entwine.script.actions.EntityKey;

/**
 * {@code syncHelper}: asks the engine for work around this sync (recorded in the run's actions and done after
 * the run) and answers questions about twins of this connection. One per run.
 */
public class SyncHelper {
    private final ActionRecorder actions;
    private final TwinLookup twins;
    private final NodeHelper nodeHelper;
    private final TrackerConnector connector;
    private final HubIssue issue;
    private final String remoteIssueUrl;

    /**
     * @param issue          the run's local entity
     * @param remoteIssueUrl the remote twin's URL when the run knows it (incoming), else null
     */
    public SyncHelper(ActionRecorder actions, TwinLookup twins, NodeHelper nodeHelper, TrackerConnector connector,
                      HubIssue issue, String remoteIssueUrl) {
        this.actions = actions;
        this.twins = twins;
        this.nodeHelper = nodeHelper;
        this.connector = connector;
        this.issue = issue;
        this.remoteIssueUrl = remoteIssueUrl;
    }

    /** Send this entity back to the other side once the incoming run is applied (to return the created key...). */
    public void syncBackAfterProcessing() {
        actions.syncBack();
    }

    /** Stop syncing this twin once the run is applied. */
    public void unExalateAfterProcessing() {
        actions.unsync();
    }

    /**
     * Bring another local entity under sync on this connection (a parent before its sub-task, the sub-tasks of a
     * parent). Accepts a key, an {@code EntityKey}/{@code BasicIssueKey} or an issue.
     */
    public void exalate(Object localKey) {
        String key = keyOf(localKey);
        if (key == null) throw new IllegalArgumentException("syncHelper.exalate needs the key of a local entity, got " + localKey);
        actions.exalate(key);
    }

    /** True when the local entity with this key is twinned on this connection. */
    public boolean isUnderSync(Object localKey) {
        String key = keyOf(localKey);
        return key != null && twins.byLocal(key).isPresent();
    }

    /** The URL of this entity's remote twin; null when it has none yet. */
    public String getRemoteIssueUrl() {
        if (remoteIssueUrl != null) return remoteIssueUrl;
        return issue == null || issue.getKey() == null ? null : getRemoteIssueUrl(issue.getKey());
    }

    /** The URL of the remote twin of the local entity with this key; null when it has none. */
    public String getRemoteIssueUrl(Object localKey) {
        String key = keyOf(localKey);
        return key == null ? null : twins.byLocal(key).map(TwinLookup.TwinRef::remoteUrl).orElse(null);
    }

    /** Base URL of the local tracker. */
    public String getTrackerUrl() {
        if (connector == null) return null;
        return connector.trackerInfo().baseUrl();
    }

    /** Base URL of the other side's tracker; null when the engine does not know it. */
    public String getRemoteTrackerUrl() {
        return twins.remoteTrackerUrl();
    }

    public EntityKey getLocalIssueKeyFromRemoteId(Object remoteId) {
        return nodeHelper.getLocalIssueKeyFromRemoteId(remoteId);
    }

    public EntityKey getLocalIssueKeyFromRemoteId(Object remoteId, String entityType) {
        return nodeHelper.getLocalIssueKeyFromRemoteId(remoteId, entityType);
    }

    public HubIssue getLocalIssueFromRemoteId(Object remoteId) {
        return nodeHelper.getLocalIssueFromRemoteId(remoteId);
    }

    public HubIssue getLocalIssueFromRemoteUrn(Object remoteKey) {
        return nodeHelper.getLocalIssueFromRemoteUrn(remoteKey);
    }

    public HubIssue getLocalIssueFromRemoteUrn(Object remoteKey, String entityType) {
        return nodeHelper.getLocalIssueFromRemoteUrn(remoteKey, entityType);
    }

    static String keyOf(Object value) {
        if (value == null) return null;
        if (value instanceof EntityKey k) return k.keyOrId();
        if (value instanceof HubIssue i) return i.getKey() != null ? i.getKey() : i.getId();
        String text = String.valueOf(value).trim();
        return text.isEmpty() ? null : text;
    }
}
