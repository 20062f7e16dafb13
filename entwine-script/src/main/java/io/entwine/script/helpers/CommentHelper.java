package io.entwine.script.helpers;

import groovy.lang.Closure;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code commentHelper}: merges the other side's comments into the local ones using the comment traces
 * of this twin ({@link CommentDeltas}), and builds comment lists. One instance per run, bound to that run's
 * {@code previous} replica, traces and received replica (an outgoing run has none of them, so every replica comment
 * counts as added).
 */
public class CommentHelper {
    private final HubIssue previous;
    private final Map<String, String> remoteToLocal;
    private final HubIssue received;

    public CommentHelper(HubIssue previous, Map<String, String> remoteToLocal) {
        this(previous, remoteToLocal, null);
    }

    /**
     * @param received the run's received replica: when a script merges that one, its delta views are used (so
     *                 {@code replica.addedComments = []} keeps added comments out), otherwise the deltas are computed
     */
    public CommentHelper(HubIssue previous, Map<String, String> remoteToLocal, HubIssue received) {
        this.previous = previous == null ? new HubIssue() : previous;
        this.remoteToLocal = remoteToLocal == null ? Map.of() : remoteToLocal;
        this.received = received;
    }

    /** {@link #mergeComments(Object, HubIssue, Closure)} with the default formatting only. */
    public List<HubComment> mergeComments(Object issue, HubIssue replica) {
        return mergeComments(issue, replica, null);
    }

    /**
     * A new list: copies of the issue's comments, where
     * <ul>
     *   <li>each added replica comment is appended as a new comment (id null, {@code remoteId} = the remote id,
     *       author and created copied, body with the {@link AuthorLine});</li>
     *   <li>each changed one edits the local comment it is traced to: the mirror gets the new body with the
     *       author line, and when the local comment is the original (the incoming one is our mirror over
     *       there) the author line is stripped instead, so an edit flows back without growing prefixes;</li>
     *   <li>each removed one is dropped.</li>
     * </ul>
     * The closure, when given, receives each added or changed comment (a copy carrying the remote text, as the
     * single argument {@code it}) before it is applied. It may mutate it ({@code body}, {@code internal},
     * {@code executor}) or return another comment to use instead; any other return value keeps the mutated
     * one. When it leaves {@code body} as it found it, the default formatting above is applied; when it
     * sets {@code body}, that text is used as is.
     */
    public List<HubComment> mergeComments(Object issue, HubIssue replica, Closure<?> closure) {
        HubIssue local = Entities.issue(issue, "mergeComments");
        Objects.requireNonNull(replica, "mergeComments needs the replica");
        List<HubComment> result = new ArrayList<>(local.getComments().size());
        for (HubComment c : local.getComments()) result.add(c.copy());

        CommentDeltas deltas = replica == received
                ? CommentDeltas.of(replica.getAddedComments(), replica.getChangedComments(), replica.getRemovedComments())
                : CommentDeltas.compute(replica, previous, remoteToLocal, local.getComments());
        for (HubComment gone : deltas.removed()) {
            String localId = remoteToLocal.get(remoteIdOf(gone));
            if (localId != null) result.removeIf(c -> localId.equals(c.getId()));
        }
        for (HubComment remote : deltas.changed()) {
            HubComment mine = find(result, remoteToLocal.get(remoteIdOf(remote)));
            if (mine != null) applyChange(remote, mine, closure);
        }
        for (HubComment remote : deltas.added()) {
            result.add(newMirror(remote, closure));
        }
        return result;
    }

    /** {@code comments} plus a new comment with this body, written by the sync account and sent back like any other. */
    public List<HubComment> addComment(Object body, Collection<?> comments) {
        return addComment(body, true, comments);
    }

    /**
     * {@code comments} plus a new comment with this body, written by the sync account. With {@code sync} false it
     * is marked local-only: the engine never sends it to the other side.
     */
    public List<HubComment> addComment(Object body, boolean sync, Collection<?> comments) {
        List<HubComment> result = Entities.comments(comments);
        HubComment c = new HubComment();
        c.setBody(body);
        c.setLocalOnly(!sync);
        result.add(c);
        return result;
    }

    /** The comments visible to everyone: not internal and not restricted to a role or group. */
    public List<HubComment> filterLocal(Collection<?> comments) {
        List<HubComment> result = new ArrayList<>();
        for (HubComment c : Entities.comments(comments)) if (c.isPublic()) result.add(c);
        return result;
    }

    private static String remoteIdOf(HubComment remote) {
        return remote.getId() != null ? remote.getId() : remote.getRemoteId();
    }

    private static void applyChange(HubComment remote, HubComment mine, Closure<?> closure) {
        boolean original = AuthorLine.localIsOriginal(mine.getBody(), remote.getBody());
        String text = original ? AuthorLine.strip(remote.getBody()) : remote.getBody();
        HubComment shaped = shape(remote, text, closure);
        String body = Objects.equals(shaped.getBody(), text)
                ? (original ? text : AuthorLine.add(shaped.getAuthor(), text))
                : shaped.getBody();
        if (Objects.equals(body, mine.getBody()) && shaped.isInternal() == mine.isInternal()) return;
        mine.setBody(body);
        mine.setInternal(shaped.isInternal());
        mine.setExecutor(shaped.getExecutor());
        mine.setUpdated(remote.getUpdated());
    }

    private static HubComment newMirror(HubComment remote, Closure<?> closure) {
        String text = remote.getBody();
        HubComment shaped = shape(remote, text, closure);
        String body = Objects.equals(shaped.getBody(), text) ? AuthorLine.add(shaped.getAuthor(), text) : shaped.getBody();
        HubComment mirror = new HubComment(null, body, shaped.getAuthor(), shaped.getCreated(), shaped.getUpdated());
        mirror.setRemoteId(remoteIdOf(remote));
        mirror.setInternal(shaped.isInternal());
        mirror.setRoleLevel(shaped.getRoleLevel());
        mirror.setGroupLevel(shaped.getGroupLevel());
        mirror.setExecutor(shaped.getExecutor());
        mirror.setUpdateAuthor(shaped.getUpdateAuthor());
        return mirror;
    }

    /** A copy of the remote comment with {@code text} as body, passed through the closure when there is one. */
    private static HubComment shape(HubComment remote, String text, Closure<?> closure) {
        HubComment candidate = remote.copy();
        candidate.setBody(text);
        if (closure == null) return candidate;
        Object returned = closure.call(candidate);
        return returned instanceof HubComment c ? c : candidate;
    }

    private static HubComment find(List<HubComment> comments, String id) {
        if (id == null) return null;
        for (HubComment c : comments) if (id.equals(c.getId())) return c;
        return null;
    }
}
