package io.entwine.model.diff;

import io.entwine.api.connector.FieldChanges;
import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubWorkLog;
import java.util.List;
import java.util.Objects;

/**
 * What one update must write to the tracker, from {@link EntityDiff#between}: the changed writable fields, the
 * status to transition to (null when it did not change), and the sub-object work. Immutable.
 *
 * @param fields               changed writable fields by HubIssue property name, with their new values
 * @param targetStatus         the new status name, or null when the status did not change
 * @param addedComments        comments to create (they have no id yet), in order
 * @param editedComments       comments whose body or internal flag changed, as they should read now
 * @param deletedCommentIds    ids of comments to delete
 * @param addedAttachments     attachments to upload (no id yet; {@code remoteId} and {@code contentHash} say which
 *                             content of the other side to fetch), in order
 * @param deletedAttachmentIds ids of attachments to delete
 * @param addedWorkLogs        work logs to create (no id yet), in order
 * @param editedWorkLogs       work logs whose time, start or comment changed, as they should read now
 * @param deletedWorkLogIds    ids of work logs to delete
 */
public record EntityChanges(FieldChanges fields, String targetStatus, List<HubComment> addedComments,
                            List<HubComment> editedComments, List<String> deletedCommentIds,
                            List<HubAttachment> addedAttachments, List<String> deletedAttachmentIds,
                            List<HubWorkLog> addedWorkLogs, List<HubWorkLog> editedWorkLogs, List<String> deletedWorkLogIds) {

    public EntityChanges {
        Objects.requireNonNull(fields, "fields");
        addedComments = List.copyOf(addedComments);
        editedComments = List.copyOf(editedComments);
        deletedCommentIds = List.copyOf(deletedCommentIds);
        addedAttachments = List.copyOf(addedAttachments);
        deletedAttachmentIds = List.copyOf(deletedAttachmentIds);
        addedWorkLogs = List.copyOf(addedWorkLogs);
        editedWorkLogs = List.copyOf(editedWorkLogs);
        deletedWorkLogIds = List.copyOf(deletedWorkLogIds);
    }

    /** Changes without attachment or work log work (the shape before those existed). */
    public EntityChanges(FieldChanges fields, String targetStatus, List<HubComment> addedComments,
                         List<HubComment> editedComments, List<String> deletedCommentIds) {
        this(fields, targetStatus, addedComments, editedComments, deletedCommentIds, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** True when there is nothing to write. */
    public boolean isEmpty() {
        return fields.isEmpty() && targetStatus == null && addedComments.isEmpty() && editedComments.isEmpty()
                && deletedCommentIds.isEmpty() && addedAttachments.isEmpty() && deletedAttachmentIds.isEmpty()
                && addedWorkLogs.isEmpty() && editedWorkLogs.isEmpty() && deletedWorkLogIds.isEmpty();
    }
}
