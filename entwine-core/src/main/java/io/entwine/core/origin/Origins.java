package io.entwine.core.origin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Origin keys: what an entity or comment the sync creates is marked with on the tracker. One per twin (connection
 * and peer entity key) and one per traced comment (plus the peer comment id), so two creations for the same peer
 * item always carry the same key. Keys are URL-encoded so they hold no whitespace or {@code >} (GitHub's marker is an
 * HTML comment).
 */
public final class Origins {
    private Origins() {
    }

    /** The origin of the entity created for peer entity {@code remoteKey} on connection {@code connectionId}. */
    public static String entity(String connectionId, String remoteKey) {
        return "entwine:" + enc(connectionId) + "/" + enc(remoteKey);
    }

    /** The origin of the comment created for peer comment {@code remoteCommentId} of peer entity {@code remoteKey}. */
    public static String comment(String connectionId, String remoteKey, String remoteCommentId) {
        return entity(connectionId, remoteKey) + "/comment/" + enc(remoteCommentId);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
