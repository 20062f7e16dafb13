package io.entwine.script.helpers;

import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed in the other side's comments since the previous replica, from the comment traces
 * (remote comment id -> local comment id of its mirror or original):
 * <ul>
 *   <li><b>added</b>: replica comments that have no trace yet;</li>
 *   <li><b>changed</b>: traced replica comments whose body differs from the same comment in {@code previous};
 *       a traced comment absent from {@code previous} is changed when the body the default formatting
 *       ({@link AuthorLine}) would give differs from the local comment's body (without the local comments:
 *       always, as we cannot know);</li>
 *   <li><b>removed</b>: traced comments of {@code previous} that are no longer in the replica.</li>
 * </ul>
 * Replica comments without an id cannot be traced and are ignored. The lists hold the replica's (added,
 * changed) and previous' (removed) comment objects in their order; they are unmodifiable. Immutable.
 */
public final class CommentDeltas {
    private final List<HubComment> added;
    private final List<HubComment> changed;
    private final List<HubComment> removed;

    private CommentDeltas(List<HubComment> added, List<HubComment> changed, List<HubComment> removed) {
        this.added = List.copyOf(added);
        this.changed = List.copyOf(changed);
        this.removed = List.copyOf(removed);
    }

    /** Deltas already computed (a received replica's delta views, possibly changed by the script). */
    public static CommentDeltas of(List<HubComment> added, List<HubComment> changed, List<HubComment> removed) {
        return new CommentDeltas(added, changed, removed);
    }

    /** The deltas without knowledge of the local comments (traced comments absent from previous count as changed). */
    public static CommentDeltas compute(HubIssue replica, HubIssue previous, Map<String, String> remoteToLocal) {
        return compute(replica, previous, remoteToLocal, null);
    }

    /** The deltas, comparing traced comments absent from previous with the local comments they are traced to. */
    public static CommentDeltas compute(HubIssue replica, HubIssue previous, Map<String, String> remoteToLocal,
                                        List<HubComment> localComments) {
        Objects.requireNonNull(replica, "replica");
        Map<String, String> traces = remoteToLocal == null ? Map.of() : remoteToLocal;
        Map<String, HubComment> before = byId(previous == null ? List.of() : previous.getComments());
        Map<String, HubComment> local = localComments == null ? null : byId(localComments);

        List<HubComment> added = new ArrayList<>();
        List<HubComment> changed = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (HubComment c : replica.getComments()) {
            if (c.getId() == null) continue;
            present.add(c.getId());
            String localId = traces.get(c.getId());
            if (localId == null) {
                added.add(c);
            } else if (before.containsKey(c.getId())) {
                if (!Objects.equals(before.get(c.getId()).getBody(), c.getBody())) changed.add(c);
            } else if (local == null) {
                changed.add(c);
            } else {
                HubComment mine = local.get(localId);
                if (mine != null && !Objects.equals(AuthorLine.defaultBody(c.getAuthor(), c.getBody(), mine.getBody()),
                        mine.getBody())) {
                    changed.add(c);
                }
            }
        }
        List<HubComment> removed = new ArrayList<>();
        if (previous != null) {
            for (HubComment c : previous.getComments()) {
                if (c.getId() != null && traces.containsKey(c.getId()) && !present.contains(c.getId())) removed.add(c);
            }
        }
        return new CommentDeltas(added, changed, removed);
    }

    public List<HubComment> added() { return added; }
    public List<HubComment> changed() { return changed; }
    public List<HubComment> removed() { return removed; }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    private static Map<String, HubComment> byId(List<HubComment> comments) {
        Map<String, HubComment> map = new HashMap<>();
        for (HubComment c : comments) if (c.getId() != null) map.putIfAbsent(c.getId(), c);
        return map;
    }

    @Override
    public String toString() {
        return "CommentDeltas[added=" + added.size() + ", changed=" + changed.size() + ", removed=" + removed.size() + "]";
    }
}
