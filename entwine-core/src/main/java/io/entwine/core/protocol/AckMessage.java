package io.entwine.core.protocol;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * Sent back after a replica was applied. {@code forKey} is the entity key on the receiving side of this
 * ack (the original sender); {@code key}/{@code url} identify the entity the sender of the ack wrote.
 * {@code baseline} is the replica the acking node's outgoing rules produce from the state it wrote: the
 * original sender stores it as its "previous" replica, so both sides agree on the merge base.
 * {@code commentTraces} maps the comments the ack's sender created to the originals, {@code attachmentTraces} the
 * attachments it uploaded (a peer that predates attachments sends none).
 */
public record AckMessage(String forKey, String key, String url, JsonNode baseline, List<CommentTrace> commentTraces,
                         List<CommentTrace> attachmentTraces) {
    public AckMessage {
        commentTraces = commentTraces == null ? List.of() : List.copyOf(commentTraces);
        attachmentTraces = attachmentTraces == null ? List.of() : List.copyOf(attachmentTraces);
    }

    public AckMessage(String forKey, String key, String url, JsonNode baseline, List<CommentTrace> commentTraces) {
        this(forKey, key, url, baseline, commentTraces, List.of());
    }
}
