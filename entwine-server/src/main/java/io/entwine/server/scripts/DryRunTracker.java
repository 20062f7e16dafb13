package io.entwine.server.scripts;

import io.entwine.api.connector.EntityRef;
import io.entwine.api.connector.FieldChanges;
import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.connector.TrackerHttpResponse;
import io.entwine.api.connector.WebhookEvent;
import io.entwine.api.connector.WebhookRequest;
import io.entwine.api.errors.SyncException;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;

import java.util.Locale;

/**
 * A tracker as a dry run sees it: look-ups are answered (by a subclass), every write is refused with
 * "dry run: no writes", including a rule's {@code httpClient} requests other than GET (a subclass answers GETs
 * through {@link #readRaw}). {@link #source()} says where the answers come from, for the report.
 */
public abstract class DryRunTracker implements TrackerConnector {

    /** Where look-ups are answered from, e.g. {@code "offline directory (jira-cloud emulator defaults)"}. */
    public abstract String source();

    @Override
    public final EntityRef create(HubIssue draft) {
        throw refused("create an entity");
    }

    @Override
    public final EntityRef update(String key, FieldChanges changes) {
        throw refused("update " + key);
    }

    @Override
    public final HubComment addComment(String key, HubComment comment) {
        throw refused("add a comment to " + key);
    }

    @Override
    public final HubComment editComment(String key, String commentId, String body) {
        throw refused("edit comment " + commentId + " of " + key);
    }

    @Override
    public final void deleteComment(String key, String commentId) {
        throw refused("delete comment " + commentId + " of " + key);
    }

    @Override
    public final void transition(String key, String statusName) {
        throw refused("move " + key + " to " + statusName);
    }

    /** A rule's {@code httpClient} request: a GET is answered by {@link #readRaw}, anything else is refused. */
    @Override
    public final TrackerHttpResponse rawRequest(String method, String path, String jsonBody) {
        String verb = method == null ? "" : method.toUpperCase(Locale.ROOT);
        if (verb.equals("GET")) return readRaw(path);
        throw refused("send " + verb + " " + path + " (httpClient)");
    }

    /** Answers a rule's {@code httpClient.get(path)}; by default there is nothing to ask. */
    protected TrackerHttpResponse readRaw(String path) {
        throw new SyncException("dry run: " + source() + " cannot answer httpClient GET " + path
                + "; give a tracker to read from (--tracker-url or --config)");
    }

    @Override
    public final boolean ensureWebhook(String callbackUrl) {
        throw refused("register a webhook");
    }

    @Override
    public final WebhookEvent parseWebhook(WebhookRequest request) {
        throw refused("accept a webhook");
    }

    private static SyncException refused(String what) {
        return new SyncException("dry run: no writes (a rule tried to " + what + ")");
    }
}
