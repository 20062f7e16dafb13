package io.entwine.model.diff;

import io.entwine.api.connector.FieldChanges;
import io.entwine.api.replica.HubComment;
import java.util.List;
import java.util.Objects;

/**
 * What one update must write to the tracker, from {@link EntityDiff#between}: the changed writable fields, the
 * status to transition to (null when it did not change), and the comment work. Immutable.
 *
 * @param fields            changed writable fields by HubIssue property name, with their new values
 * @param targetStatus      the new status name, or null when the status did not change
 * @param addedComments     comments to create (they have no id yet), in order
 * @param editedComments    comments whose body or internal flag changed, as they should read now
 * @param deletedCommentIds ids of comments to delete
 */
public record EntityChanges(FieldChanges fields, String targetStatus, List<HubComment> addedComments,
                            List<HubComment> editedComments, List<String> deletedCommentIds) {

    public EntityChanges {
        Objects.requireNonNull(fields, "fields");
        addedComments = List.copyOf(addedComments);
        editedComments = List.copyOf(editedComments);
        deletedCommentIds = List.copyOf(deletedCommentIds);
    }

    /** True when there is nothing to write. */
    public boolean isEmpty() {
        return fields.isEmpty() && targetStatus == null && addedComments.isEmpty() && editedComments.isEmpty()
                && deletedCommentIds.isEmpty();
    }
}
