package io.entwine.server.scripts;

import io.entwine.api.connector.EntityRef;
import io.entwine.api.connector.FieldChanges;
import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.connector.WebhookEvent;
import io.entwine.api.connector.WebhookRequest;
import io.entwine.api.errors.SyncException;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;

/**
 * A tracker as a dry run sees it: look-ups are answered (by a subclass), every write is refused with
 * "dry run: no writes". {@link #source()} says where the answers come from, for the report.
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
