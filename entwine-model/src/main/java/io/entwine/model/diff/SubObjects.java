package io.entwine.model.diff;

import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssueLink;
import io.entwine.api.replica.HubWorkLog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Comparisons of the list-valued parts of a replica: sub-objects with ids (comments, attachments, work logs)
 * matched by id, sets compared element by element under a sameness rule (users, components, versions, links,
 * options). Elements of the wrong type are skipped, as a live list may hold anything until the codec refuses it.
 */
final class SubObjects {

    private SubObjects() {
    }

    /**
     * Items with an id matched by id (same ids, each pair {@code same}); items without one (not yet written)
     * compared in order.
     */
    static <T> boolean sameById(Collection<?> a, Collection<?> b, Class<T> type, Function<T, String> id, BiPredicate<T, T> same) {
        Map<String, T> byIdA = new LinkedHashMap<>();
        Map<String, T> byIdB = new LinkedHashMap<>();
        List<T> newA = new ArrayList<>();
        List<T> newB = new ArrayList<>();
        split(a, type, id, byIdA, newA);
        split(b, type, id, byIdB, newB);
        if (!byIdA.keySet().equals(byIdB.keySet()) || newA.size() != newB.size()) return false;
        for (Map.Entry<String, T> e : byIdA.entrySet()) if (!same.test(e.getValue(), byIdB.get(e.getKey()))) return false;
        for (int i = 0; i < newA.size(); i++) if (!same.test(newA.get(i), newB.get(i))) return false;
        return true;
    }

    /** Sets under {@code same}: order and repetition do not matter; nulls are skipped. */
    static boolean sameSet(Collection<?> a, Collection<?> b, BiPredicate<Object, Object> same) {
        return containsAll(a, b, same) && containsAll(b, a, same);
    }

    static boolean sameComment(HubComment a, HubComment b) {
        if (a == null || b == null) return a == b;
        return FieldSemantics.sameText(a.getBody(), b.getBody()) && a.isInternal() == b.isInternal()
                && FieldSemantics.sameUser(a.getAuthor(), b.getAuthor());
    }

    /** Attachments by file name and, when both sides know it, content hash. */
    static boolean sameAttachment(HubAttachment a, HubAttachment b) {
        if (a == null || b == null) return a == b;
        boolean sameContent = a.getContentHash() == null || b.getContentHash() == null
                || a.getContentHash().equalsIgnoreCase(b.getContentHash());
        return FieldSemantics.sameText(a.getFilename(), b.getFilename()) && sameContent;
    }

    /** Work logs by time spent, start and comment text. */
    static boolean sameWorkLog(HubWorkLog a, HubWorkLog b) {
        if (a == null || b == null) return a == b;
        return Objects.equals(a.getTimeSpent(), b.getTimeSpent()) && Objects.equals(a.getStartDate(), b.getStartDate())
                && FieldSemantics.sameText(a.getComment(), b.getComment());
    }

    /** Links by the other entity and the link's type and direction (names ignoring case); the URL does not count. */
    static boolean sameLink(HubIssueLink a, HubIssueLink b) {
        if (a == null || b == null) return a == b;
        return FieldSemantics.sameText(a.getOtherIssueId(), b.getOtherIssueId()) && sameName(a.getLinkTypeName(), b.getLinkTypeName())
                && sameName(a.getLinkName(), b.getLinkName());
    }

    static boolean sameName(String a, String b) {
        return a == null || b == null ? a == b : a.equalsIgnoreCase(b);
    }

    /** Deep copies of the mutable sub-objects; anything else is passed on for the HubIssue setter to refuse. */
    static List<Object> copies(Collection<?> items) {
        List<Object> copies = new ArrayList<>();
        if (items == null) return copies;
        for (Object o : items) {
            if (o instanceof HubComment c) copies.add(c.copy());
            else if (o instanceof HubAttachment c) copies.add(c.copy());
            else if (o instanceof HubWorkLog c) copies.add(c.copy());
            else if (o instanceof HubIssueLink c) copies.add(c.copy());
            else copies.add(o);
        }
        return copies;
    }

    private static boolean containsAll(Collection<?> all, Collection<?> of, BiPredicate<Object, Object> same) {
        for (Object o : nullSafe(of)) {
            if (o == null) continue;
            boolean found = false;
            for (Object candidate : nullSafe(all)) {
                if (candidate != null && same.test(o, candidate)) {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    private static <T> void split(Collection<?> items, Class<T> type, Function<T, String> id, Map<String, T> byId, List<T> withoutId) {
        for (Object o : nullSafe(items)) {
            if (!type.isInstance(o)) continue;
            T item = type.cast(o);
            String key = id.apply(item);
            if (key == null) withoutId.add(item);
            else byId.put(key, item);
        }
    }

    static Collection<?> nullSafe(Collection<?> c) {
        return c == null ? List.of() : c;
    }
}
