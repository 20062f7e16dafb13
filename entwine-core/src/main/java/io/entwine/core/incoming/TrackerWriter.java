package io.entwine.core.incoming;

import io.entwine.api.connector.EntityRef;
import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.core.attachments.AttachmentTransfer;
import io.entwine.core.origin.ExactlyOnce;
import io.entwine.core.origin.Origins;
import io.entwine.core.protocol.CommentTrace;
import io.entwine.model.diff.EntityChanges;
import io.entwine.model.diff.EntityDiff;
import io.entwine.store.Database;
import io.entwine.store.trace.Trace;
import io.entwine.store.trace.TraceKind;
import io.entwine.store.twin.Twin;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the difference between the local entity and the state the incoming rules produced, and nothing
 * else: one create or update for the fields, a transition when the status changed, one call per added,
 * edited or deleted comment or attachment (see {@link AttachmentWrites}), one for all added work logs and one per edited
 * or deleted work log ({@link WorkLogWriter}). Each comment trace is recorded as soon as its comment exists, and a created
 * entity's key as soon as the tracker returns it.
 */
final class TrackerWriter {
    private final Database database;
    private final TrackerConnector connector;
    private final CreationGuard creations;
    private final AttachmentTransfer attachments;

    /** {@code attachments} null: attachment changes are not written. */
    TrackerWriter(Database database, TrackerConnector connector, CreationGuard creations, AttachmentTransfer attachments) {
        this.database = database;
        this.connector = connector;
        this.creations = creations;
        this.attachments = attachments;
    }

    WriteResult write(Twin twin, HubIssue local, HubIssue target, boolean create) {
        return write(twin, local, target, create, false);
    }

    /** {@code retry}: an earlier attempt of this event may have created things the twin does not record yet. */
    WriteResult write(Twin twin, HubIssue local, HubIssue target, boolean create, boolean retry) {
        ExactlyOnce once = new ExactlyOnce(connector);
        HubIssue written = target.copy();
        int writes = 0;
        String key;
        HubIssue before;
        if (create) {
            EntityRef ref = creations.creating(() -> {
                EntityRef created = once.createEntity(target, Origins.entity(twin.connectionId(), twin.remoteKey()), retry);
                database.useTransaction(tx -> tx.twins().setLocalKey(twin.id(), created.key()));
                return created;
            });
            writes++;
            key = ref.key();
            written.setKey(ref.key());
            written.setId(ref.id());
            written.setUrl(ref.url() != null ? ref.url() : connector.browseUrl(ref.key()));
            if (ref.updated() != null) written.setUpdated(ref.updated());
            // the tracker records the account that created the entity: ours
            var integrationUser = connector.trackerInfo().integrationUser();
            if (written.getReporter() == null) written.setReporter(integrationUser);
            if (written.getCreator() == null) written.setCreator(integrationUser);
            // what the tracker holds right after the create: the fields, no comments, its initial status
            // (so a transition is made only when the rules want another status than a new entity starts in)
            before = target.copy();
            before.setComments(List.of());
            before.setWorkLogs(List.of());
            before.setStatus(connector.normalizeWritten(new HubIssue()).getStatus());
        } else {
            key = twin.localKey();
            before = local;
        }
        EntityChanges changes = EntityDiff.between(before, target);
        if (!create && !changes.fields().isEmpty()) {
            EntityRef ref = connector.update(key, changes.fields());
            writes++;
            if (ref != null && ref.updated() != null) written.setUpdated(ref.updated());
        }
        if (changes.targetStatus() != null) {
            connector.transition(key, changes.targetStatus());
            writes++;
        }
        List<HubComment> comments = new ArrayList<>(written.getComments());
        List<CommentTrace> traces = new ArrayList<>();
        for (HubComment added : changes.addedComments()) {
            HubComment stored = added.getRemoteId() == null ? connector.addComment(key, added)
                    : once.addComment(key, added, Origins.comment(twin.connectionId(), twin.remoteKey(), added.getRemoteId()), retry);
            writes++;
            if (added.getRemoteId() != null) {
                database.useTransaction(tx -> tx.traces().add(new Trace(twin.id(), TraceKind.COMMENT, stored.getId(), added.getRemoteId())));
                traces.add(new CommentTrace(added.getRemoteId(), stored.getId()));
                stored.setRemoteId(added.getRemoteId());
            }
            replace(comments, added, stored);
        }
        for (HubComment edited : changes.editedComments()) {
            HubComment stored = connector.editComment(key, edited.getId(), edited.getBody());
            writes++;
            stored.setRemoteId(edited.getRemoteId());
            replace(comments, edited, stored);
        }
        for (String deleted : changes.deletedCommentIds()) {
            connector.deleteComment(key, deleted);
            writes++;
            database.useTransaction(tx -> tx.traces().removeByLocal(twin.id(), TraceKind.COMMENT, deleted));
        }
        written.setComments(comments);
        writes += WorkLogWriter.write(database, connector, twin, key, changes, written);
        AttachmentWrites files = attachments == null ? AttachmentWrites.NONE
                : AttachmentWrites.write(attachments, database, connector, twin, key, changes, written.getAttachments());
        written.setAttachments(files.attachments() == null ? written.getAttachments() : files.attachments());
        return new WriteResult(connector.normalizeWritten(written), traces, writes + files.writes(), files.traces());
    }

    private static void replace(List<HubComment> comments, HubComment old, HubComment stored) {
        for (int i = 0; i < comments.size(); i++) {
            HubComment c = comments.get(i);
            boolean same = old.getId() != null ? old.getId().equals(c.getId()) : c == old || (c.getId() == null && c.equals(old));
            if (same) {
                comments.set(i, stored);
                return;
            }
        }
        comments.add(stored);
    }
}
