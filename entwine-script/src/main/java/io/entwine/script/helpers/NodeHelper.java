package io.entwine.script.helpers;

import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;

import java.util.Optional;
import java.util.function.Function;

/**
 * {@code nodeHelper}: look-ups against the local tracker. Every look-up returns null when nothing matches,
 * and a null or blank name gives null without asking the tracker, so scripts can chain
 * {@code nodeHelper.getPriority(replica.priority?.name)} safely.
 *
 * <p>Blocking: look-ups may call the tracker over HTTP (connectors cache what they can). A tracker failure
 * surfaces as the connector's error ({@code RetriableSyncException} passes through the engine unchanged).
 * One instance per run; more helpers of SCRIPTING.md are added here as methods.
 */
public class NodeHelper {
    private final TrackerConnector connector;

    public NodeHelper(TrackerConnector connector) {
        this.connector = connector;
    }

    /** The local status of this name (case-insensitive), or null. */
    public HubStatus getStatus(String name) {
        return lookUp(name, connector()::status);
    }

    /** The local priority of this name (case-insensitive), or null. */
    public HubPriority getPriority(String name) {
        return lookUp(name, connector()::priority);
    }

    /** The local user with this e-mail address, or null (also when the tracker hides e-mails). */
    public HubUser getUserByEmail(String email) {
        return lookUp(email, connector()::userByEmail);
    }

    /** Same as {@link #getUserByEmail(String)}; the project is accepted for script compatibility. */
    public HubUser getUserByEmail(String email, String projectKey) {
        return getUserByEmail(email);
    }

    /** The issue type of this name in any project, or null. */
    public HubIssueType getIssueType(String name) {
        return getIssueType(name, null);
    }

    /** The issue type of this name available in the project, or null. */
    public HubIssueType getIssueType(String name, String projectKey) {
        return lookUp(name, n -> connector().issueType(n, projectKey));
    }

    private static <T> T lookUp(String key, Function<String, Optional<T>> query) {
        if (key == null || key.isBlank()) return null;
        Optional<T> found = query.apply(key);
        return found == null ? null : found.orElse(null);
    }

    private TrackerConnector connector() {
        if (connector == null) throw new IllegalStateException("nodeHelper needs the local tracker, and this run has none");
        return connector;
    }
}
