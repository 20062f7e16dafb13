package io.entwine.core.incoming;

import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.replica.HubAttachment;
import io.entwine.core.attachments.AttachmentTransfer;
import io.entwine.core.protocol.CommentTrace;
import io.entwine.model.diff.EntityChanges;
import io.entwine.store.Database;
import io.entwine.store.trace.Trace;
import io.entwine.store.trace.TraceKind;
import io.entwine.store.twin.Twin;

import java.util.ArrayList;
import java.util.List;

/**
 * The attachment part of one apply: each added attachment is transferred and uploaded ({@link AttachmentTransfer})
 * and traced to its original at once, so it is neither uploaded twice nor sent back as new; each removed one is
 * deleted and its trace dropped. A skipped attachment stays out of the written state, so it is tried again the
 * next time the entity arrives. On a tracker without attachments nothing is written.
 *
 * @param attachments the entity's attachments after the writes (null: unchanged)
 * @param traces      the attachments uploaded, for the ack (receiverId: the original's id, senderId: ours)
 * @param writes      tracker writes made
 */
record AttachmentWrites(List<HubAttachment> attachments, List<CommentTrace> traces, int writes) {
    static final AttachmentWrites NONE = new AttachmentWrites(null, List.of(), 0);

    static AttachmentWrites write(AttachmentTransfer transfer, Database database, TrackerConnector connector, Twin twin, String key,
                                  EntityChanges changes, List<HubAttachment> target) {
        if (!transfer.uploads() && changes.addedAttachments().isEmpty()) return NONE;
        List<HubAttachment> result = new ArrayList<>(target);
        List<CommentTrace> traces = new ArrayList<>();
        int writes = 0;
        for (HubAttachment added : changes.addedAttachments()) {
            HubAttachment stored = transfer.upload(twin, key, added);
            int at = indexOf(result, added);
            if (stored == null) {
                if (at >= 0) result.remove(at);
                continue;
            }
            writes++;
            if (added.getRemoteId() != null) {
                database.useTransaction(tx -> tx.traces().add(new Trace(twin.id(), TraceKind.ATTACHMENT, stored.getId(), added.getRemoteId())));
                traces.add(new CommentTrace(added.getRemoteId(), stored.getId()));
            }
            if (at >= 0) result.set(at, stored);
            else result.add(stored);
        }
        if (transfer.uploads()) {
            for (String deleted : changes.deletedAttachmentIds()) {
                connector.deleteAttachment(key, deleted);
                writes++;
                database.useTransaction(tx -> tx.traces().removeByLocal(twin.id(), TraceKind.ATTACHMENT, deleted));
            }
        }
        return new AttachmentWrites(result, traces, writes);
    }

    private static int indexOf(List<HubAttachment> list, HubAttachment item) {
        for (int i = 0; i < list.size(); i++) if (list.get(i) == item) return i;
        for (int i = 0; i < list.size(); i++) {
            HubAttachment a = list.get(i);
            if (a.getId() == null && a.getRemoteId() != null && a.getRemoteId().equals(item.getRemoteId())) return i;
        }
        return -1;
    }
}
