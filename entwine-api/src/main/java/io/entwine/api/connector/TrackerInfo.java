package io.entwine.api.connector;

import io.entwine.api.replica.HubUser;

/**
 * What a started connector knows about its tracker: base URL, a stable instance id (Jira's cloud id or
 * server id, GitHub's repository id) used in the node fingerprint, and the integration user it acts as.
 */
public record TrackerInfo(String kind, String baseUrl, String instanceId, HubUser integrationUser) {
}
