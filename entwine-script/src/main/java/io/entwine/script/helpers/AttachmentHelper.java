package io.entwine.script.helpers;

import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubIssue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code attachmentHelper}: which attachments the local entity should have after applying the other side's.
 * This is data only: a new attachment in the result has no id, its {@code remoteId} names the other side's
 * attachment and its {@code contentHash} the content the engine fetches, uploads and verifies. One per run.
 */
public class AttachmentHelper {
    private final HubIssue previous;
    private final Map<String, String> remoteToLocal;
    private final HubIssue received;

    /**
     * @param received the run's received replica, whose delta views ({@code replica.addedAttachments}, which a script
     *                 may empty) are used when a script merges that one
     */
    public AttachmentHelper(HubIssue previous, Map<String, String> remoteToLocal, HubIssue received) {
        this.previous = previous == null ? new HubIssue() : previous;
        this.remoteToLocal = remoteToLocal == null ? Map.of() : remoteToLocal;
        this.received = received;
    }

    /**
     * A new list: copies of the issue's attachments without those whose remote twin was removed, plus a new
     * attachment for each added one of the replica (a copy of it with id null and {@code remoteId} set).
     */
    public List<HubAttachment> mergeAttachments(Object issue, HubIssue replica) {
        HubIssue local = Entities.issue(issue, "mergeAttachments");
        Objects.requireNonNull(replica, "mergeAttachments needs the replica");
        List<HubAttachment> added;
        List<HubAttachment> removed;
        if (replica == received) {
            added = replica.getAddedAttachments();
            removed = replica.getRemovedAttachments();
        } else {
            SubObjectDeltas<HubAttachment> d = SubObjectDeltas.compute(replica.getAttachments(), previous.getAttachments(),
                    remoteToLocal, local.getAttachments(), HubAttachment::getId, (a, b) -> true);
            added = d.added();
            removed = d.removed();
        }
        List<HubAttachment> result = new ArrayList<>();
        for (HubAttachment a : local.getAttachments()) result.add(a.copy());
        for (HubAttachment gone : removed) {
            String localId = remoteToLocal.get(remoteIdOf(gone));
            if (localId != null) result.removeIf(a -> localId.equals(a.getId()));
        }
        for (HubAttachment remote : added) {
            HubAttachment mirror = remote.copy();
            mirror.setRemoteId(remoteIdOf(remote));
            mirror.setId(null);
            result.add(mirror);
        }
        return result;
    }

    private static String remoteIdOf(HubAttachment a) {
        return a.getId() != null ? a.getId() : a.getRemoteId();
    }
}
