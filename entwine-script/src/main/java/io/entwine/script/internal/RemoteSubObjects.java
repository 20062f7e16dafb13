package io.entwine.script.internal;

import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubWorkLog;
import io.entwine.script.SubObjectTraces;
import io.entwine.script.helpers.CommentDeltas;
import io.entwine.script.helpers.SubObjectDeltas;
import io.entwine.script.helpers.WorkLogHelper;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The other side's comments, attachments and work logs in one incoming run. Before the run it sets the received
 * replica's delta views ({@code replica.addedComments} ...: copies whose {@code remoteId} is the remote id, so that
 * the script may change them freely). After the run it turns every such object the script put on the local entity
 * ({@code issue.comments += replica.addedComments}, {@code issue.comments = replica.comments}) into a local one: a
 * copy whose {@code remoteId} is the remote id and whose id is the local twin's id when the sub-object is already
 * mirrored, or null when it is new. Objects are recognised by identity, never by id, since ids of the two trackers
 * may coincide. One per run; not thread-safe.
 */
public final class RemoteSubObjects {
    private final Map<Object, Boolean> remote = new IdentityHashMap<>();
    private final SubObjectTraces traces;

    private RemoteSubObjects(SubObjectTraces traces) {
        this.traces = traces;
    }

    /** Computes and sets the delta views of {@code replica} against {@code previous}, the traces and the local entity. */
    public static RemoteSubObjects prepare(HubIssue replica, HubIssue previous, SubObjectTraces traces, HubIssue local) {
        RemoteSubObjects run = new RemoteSubObjects(traces);
        for (HubIssue side : List.of(replica, previous)) {
            side.getComments().forEach(run::remember);
            side.getAttachments().forEach(run::remember);
            side.getWorkLogs().forEach(run::remember);
        }
        CommentDeltas comments = CommentDeltas.compute(replica, previous, traces.comments(), local.getComments());
        replica.setAddedComments(run.views(comments.added(), HubComment::copy, HubComment::getId, HubComment::setRemoteId));
        replica.setChangedComments(run.views(comments.changed(), HubComment::copy, HubComment::getId, HubComment::setRemoteId));
        replica.setRemovedComments(run.views(comments.removed(), HubComment::copy, HubComment::getId, HubComment::setRemoteId));
        SubObjectDeltas<HubAttachment> attachments = SubObjectDeltas.compute(replica.getAttachments(), previous.getAttachments(),
                traces.attachments(), local.getAttachments(), HubAttachment::getId, (a, b) -> true);
        replica.setAddedAttachments(run.views(attachments.added(), HubAttachment::copy, HubAttachment::getId, HubAttachment::setRemoteId));
        replica.setRemovedAttachments(run.views(attachments.removed(), HubAttachment::copy, HubAttachment::getId, HubAttachment::setRemoteId));
        SubObjectDeltas<HubWorkLog> workLogs = SubObjectDeltas.compute(replica.getWorkLogs(), previous.getWorkLogs(),
                traces.workLogs(), local.getWorkLogs(), HubWorkLog::getId, WorkLogHelper::sameContent);
        replica.setAddedWorkLogs(run.views(workLogs.added(), HubWorkLog::copy, HubWorkLog::getId, HubWorkLog::setRemoteId));
        replica.setChangedWorkLogs(run.views(workLogs.changed(), HubWorkLog::copy, HubWorkLog::getId, HubWorkLog::setRemoteId));
        replica.setRemovedWorkLogs(run.views(workLogs.removed(), HubWorkLog::copy, HubWorkLog::getId, HubWorkLog::setRemoteId));
        return run;
    }

    /** Replaces every remote sub-object on {@code issue} by its local form (see the class comment). */
    public void adopt(HubIssue issue) {
        if (remote.isEmpty()) return;
        issue.setComments(adopt(issue.getComments(), HubComment::copy, HubComment::getId, HubComment::getRemoteId,
                HubComment::setId, HubComment::setRemoteId, traces.comments()));
        issue.setAttachments(adopt(issue.getAttachments(), HubAttachment::copy, HubAttachment::getId, HubAttachment::getRemoteId,
                HubAttachment::setId, HubAttachment::setRemoteId, traces.attachments()));
        issue.setWorkLogs(adopt(issue.getWorkLogs(), HubWorkLog::copy, HubWorkLog::getId, HubWorkLog::getRemoteId,
                HubWorkLog::setId, HubWorkLog::setRemoteId, traces.workLogs()));
    }

    private void remember(Object item) {
        if (item != null) remote.put(item, Boolean.TRUE);
    }

    private <T> List<T> views(List<T> items, UnaryOperator<T> copy, Function<T, String> id, BiConsumer<T, Object> setRemoteId) {
        List<T> views = new ArrayList<>(items.size());
        for (T item : items) {
            T view = copy.apply(item);
            setRemoteId.accept(view, id.apply(item));
            remember(view);
            views.add(view);
        }
        return views;
    }

    private <T> List<T> adopt(List<T> items, UnaryOperator<T> copy, Function<T, String> id, Function<T, String> remoteId,
                              BiConsumer<T, Object> setId, BiConsumer<T, Object> setRemoteId, Map<String, String> traced) {
        List<T> out = new ArrayList<>(items.size());
        for (T item : items) {
            if (item == null || !remote.containsKey(item)) {
                out.add(item);
                continue;
            }
            String remoteKey = remoteId.apply(item) != null ? remoteId.apply(item) : id.apply(item);
            T local = copy.apply(item);
            setRemoteId.accept(local, remoteKey);
            setId.accept(local, remoteKey == null ? null : traced.get(remoteKey));
            out.add(local);
        }
        return out;
    }
}
