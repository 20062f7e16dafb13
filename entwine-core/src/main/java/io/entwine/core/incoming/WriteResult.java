package io.entwine.core.incoming;

import io.entwine.api.replica.HubIssue;
import io.entwine.core.protocol.CommentTrace;

import java.util.List;

/**
 * What the sync wrote to the tracker: the entity as written (keys, comment ids and timestamps as the
 * tracker returned them) and the comment and attachment traces it created, to send back in the ack.
 */
public record WriteResult(HubIssue written, List<CommentTrace> newTraces, int trackerWrites, List<CommentTrace> attachmentTraces) {
    public WriteResult {
        attachmentTraces = attachmentTraces == null ? List.of() : List.copyOf(attachmentTraces);
    }

    public WriteResult(HubIssue written, List<CommentTrace> newTraces, int trackerWrites) {
        this(written, newTraces, trackerWrites, List.of());
    }
}
