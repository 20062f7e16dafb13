package io.entwine.model.diff;

import static io.entwine.model.ReplicaProperties.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubProject;
import io.entwine.api.replica.HubResolution;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;
import io.entwine.model.ReplicaProperties;
import io.entwine.model.codec.ReplicaFormatException;
import io.entwine.model.codec.ReplicaValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The one place that says when two values of a replica field are the same, and how a standard field is read and
 * written by its HubIssue property name. Rules: text equal when both are null/empty or identical; status,
 * priority, resolution and type by name ignoring case (ids compared only when both sides have one); users by
 * key when both have one, else by e-mail ignoring case; labels and assignees as sets; comments matched by id;
 * custom fields by value (an absent field is the same as an empty one); customKeys and extras by deep equality
 * (numbers by value, dates as their ISO text). Stateless and thread-safe.
 */
public final class FieldSemantics {

    private record Field(Function<HubIssue, Object> get, BiConsumer<HubIssue, Object> set, BiPredicate<Object, Object> same) {
    }

    private static final Map<String, Field> STANDARD_FIELDS = fieldTable();

    private FieldSemantics() {
    }

    /** The standard field names, in canonical order: the HubIssue property list without the maps. */
    public static List<String> standardFields() {
        return ReplicaProperties.STANDARD;
    }

    /** True when {@code a} and {@code b} hold the same value of the standard field {@code field}. */
    public static boolean sameStandardField(String field, HubIssue a, HubIssue b) {
        Field f = standard(field);
        return f.same().test(f.get().apply(a), f.get().apply(b));
    }

    /** The value of a standard field as the HubIssue holds it. */
    public static Object standardValue(HubIssue issue, String field) {
        return standard(field).get().apply(issue);
    }

    /**
     * Sets a standard field through the HubIssue's own (lenient) setter; lists are copied, comments deep-copied.
     *
     * @throws IllegalArgumentException for an unknown field or a value the setter refuses
     */
    public static void setStandardValue(HubIssue issue, String field, Object value) {
        standard(field).set().accept(issue, value);
    }

    public static boolean sameText(String a, String b) {
        return (a == null || a.isEmpty()) ? (b == null || b.isEmpty()) : a.equals(b);
    }

    public static boolean sameStatus(HubStatus a, HubStatus b) {
        return a == null || b == null ? a == b : sameNamed(a.id(), a.name(), b.id(), b.name());
    }

    public static boolean samePriority(HubPriority a, HubPriority b) {
        return a == null || b == null ? a == b : sameNamed(a.id(), a.name(), b.id(), b.name());
    }

    public static boolean sameResolution(HubResolution a, HubResolution b) {
        return a == null || b == null ? a == b : sameNamed(a.id(), a.name(), b.id(), b.name());
    }

    public static boolean sameType(HubIssueType a, HubIssueType b) {
        return a == null || b == null ? a == b : sameNamed(a.id(), a.name(), b.id(), b.name());
    }

    /** Projects by key ignoring case (GitHub repositories and Jira keys both are), by name when neither has a key. */
    public static boolean sameProject(HubProject a, HubProject b) {
        if (a == null || b == null) return a == b;
        if (a.key() != null || b.key() != null) return a.key() != null && b.key() != null && a.key().equalsIgnoreCase(b.key());
        return a.name() == null || b.name() == null ? a.name() == b.name() : a.name().equalsIgnoreCase(b.name());
    }

    /**
     * Users by key when both have one, else by e-mail ignoring case when both have one; two users that share
     * neither are the same only when they are equal records.
     */
    public static boolean sameUser(HubUser a, HubUser b) {
        if (a == null || b == null) return a == b;
        if (a.key() != null && b.key() != null) return a.key().equals(b.key());
        if (a.email() != null && b.email() != null) return a.email().equalsIgnoreCase(b.email());
        return a.equals(b);
    }

    /** Users compared as sets under {@link #sameUser}: order and repetition do not matter; nulls are skipped. */
    public static boolean sameUsers(Collection<?> a, Collection<?> b) {
        return containsAllUsers(a, b) && containsAllUsers(b, a);
    }

    /** Labels compared as sets of their text; nulls are skipped. */
    public static boolean sameLabels(Collection<?> a, Collection<?> b) {
        return labelSet(a).equals(labelSet(b));
    }

    /** Two versions of one comment are the same when body (as text), internal flag and author are. */
    public static boolean sameComment(HubComment a, HubComment b) {
        if (a == null || b == null) return a == b;
        return sameText(a.getBody(), b.getBody()) && a.isInternal() == b.isInternal() && sameUser(a.getAuthor(), b.getAuthor());
    }

    /**
     * Comment lists: comments with an id matched by id (same ids, each pair {@link #sameComment}), comments without
     * one (not yet written) compared in order. Timestamps and traces ({@code remoteId}) do not count.
     */
    public static boolean sameComments(Collection<?> a, Collection<?> b) {
        Map<String, HubComment> byIdA = new LinkedHashMap<>();
        Map<String, HubComment> byIdB = new LinkedHashMap<>();
        List<HubComment> newA = new ArrayList<>();
        List<HubComment> newB = new ArrayList<>();
        split(a, byIdA, newA);
        split(b, byIdB, newB);
        if (!byIdA.keySet().equals(byIdB.keySet()) || newA.size() != newB.size()) return false;
        for (Map.Entry<String, HubComment> e : byIdA.entrySet()) {
            if (!sameComment(e.getValue(), byIdB.get(e.getKey()))) return false;
        }
        for (int i = 0; i < newA.size(); i++) if (!sameComment(newA.get(i), newB.get(i))) return false;
        return true;
    }

    /** Custom field entries by value; a missing entry, a null, an empty string, list or map all mean "empty". */
    public static boolean sameCustomField(Object a, Object b) {
        Object va = a instanceof HubCustomField f ? f.getValue() : a;
        Object vb = b instanceof HubCustomField f ? f.getValue() : b;
        if (isEmptyValue(va) || isEmptyValue(vb)) return isEmptyValue(va) && isEmptyValue(vb);
        return sameValue(va, vb);
    }

    /**
     * Deep equality of script values as the replica carries them: maps by entries, lists in order, numbers by
     * value ({@code 5 == 5L == 5.0}), dates as their ISO text, Hub records by their JSON form; null is the same as
     * a missing value. Values without a JSON form fall back to {@link Objects#equals}.
     */
    public static boolean sameValue(Object a, Object b) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        try {
            return JsonEquality.same(ReplicaValues.toJson(a), ReplicaValues.toJson(b));
        } catch (ReplicaFormatException notJson) {
            return Objects.equals(a, b);
        }
    }

    /** Deep equality of two JSON values with numbers compared by value. */
    public static boolean sameJson(JsonNode a, JsonNode b) {
        return JsonEquality.same(a, b);
    }

    public static boolean sameInstant(Instant a, Instant b) {
        return Objects.equals(a, b);
    }

    private static boolean sameNamed(String idA, String nameA, String idB, String nameB) {
        boolean sameName = nameA == null ? nameB == null : nameA.equalsIgnoreCase(nameB);
        return sameName && (idA == null || idB == null || idA.equals(idB));
    }

    private static boolean containsAllUsers(Collection<?> all, Collection<?> of) {
        for (Object o : nullSafe(of)) {
            if (o == null) continue;
            boolean found = false;
            for (Object candidate : nullSafe(all)) {
                if (candidate != null && sameAsUser(o, candidate)) { found = true; break; }
            }
            if (!found) return false;
        }
        return true;
    }

    private static boolean sameAsUser(Object a, Object b) {
        return a instanceof HubUser ua && b instanceof HubUser ub ? sameUser(ua, ub) : Objects.equals(a, b);
    }

    private static Set<String> labelSet(Collection<?> labels) {
        Set<String> set = new LinkedHashSet<>();
        for (Object l : nullSafe(labels)) if (l != null) set.add(l.toString());
        return set;
    }

    private static void split(Collection<?> comments, Map<String, HubComment> byId, List<HubComment> withoutId) {
        for (Object o : nullSafe(comments)) {
            if (!(o instanceof HubComment c)) continue;
            if (c.getId() == null) withoutId.add(c);
            else byId.put(c.getId(), c);
        }
    }

    static boolean isEmptyValue(Object v) {
        return v == null || (v instanceof CharSequence s && s.length() == 0) || (v instanceof Collection<?> c && c.isEmpty())
                || (v instanceof Map<?, ?> m && m.isEmpty());
    }

    private static Collection<?> nullSafe(Collection<?> c) {
        return c == null ? List.of() : c;
    }

    private static Field standard(String field) {
        Field f = STANDARD_FIELDS.get(field);
        if (f == null) throw new IllegalArgumentException("\"" + field + "\" is not a standard field; standard fields are " + standardFields());
        return f;
    }

    private static Field text(Function<HubIssue, Object> get, BiConsumer<HubIssue, Object> set) {
        return new Field(get, set, (a, b) -> sameText((String) a, (String) b));
    }

    private static Map<String, Field> fieldTable() {
        Map<String, Field> m = new LinkedHashMap<>();
        m.put(ID, text(HubIssue::getId, HubIssue::setId));
        m.put(KEY, text(HubIssue::getKey, HubIssue::setKey));
        m.put(URL, text(HubIssue::getUrl, (i, v) -> i.setUrl((String) v)));
        m.put(SUMMARY, text(HubIssue::getSummary, HubIssue::setSummary));
        m.put(DESCRIPTION, text(HubIssue::getDescription, HubIssue::setDescription));
        m.put(STATUS, new Field(HubIssue::getStatus, HubIssue::setStatus, (a, b) -> sameStatus((HubStatus) a, (HubStatus) b)));
        m.put(PRIORITY, new Field(HubIssue::getPriority, HubIssue::setPriority, (a, b) -> samePriority((HubPriority) a, (HubPriority) b)));
        m.put(RESOLUTION, new Field(HubIssue::getResolution, HubIssue::setResolution, (a, b) -> sameResolution((HubResolution) a, (HubResolution) b)));
        m.put(TYPE, new Field(HubIssue::getType, HubIssue::setType, (a, b) -> sameType((HubIssueType) a, (HubIssueType) b)));
        m.put(PROJECT, new Field(HubIssue::getProject, HubIssue::setProject, (a, b) -> sameProject((HubProject) a, (HubProject) b)));
        m.put(ASSIGNEE, new Field(HubIssue::getAssignee, HubIssue::setAssignee, (a, b) -> sameUser((HubUser) a, (HubUser) b)));
        m.put(REPORTER, new Field(HubIssue::getReporter, HubIssue::setReporter, (a, b) -> sameUser((HubUser) a, (HubUser) b)));
        m.put(CREATOR, new Field(HubIssue::getCreator, HubIssue::setCreator, (a, b) -> sameUser((HubUser) a, (HubUser) b)));
        m.put(ASSIGNEES, new Field(HubIssue::getAssignees, (i, v) -> i.setAssignees((Collection<?>) v), (a, b) -> sameUsers((Collection<?>) a, (Collection<?>) b)));
        m.put(LABELS, new Field(HubIssue::getLabels, (i, v) -> i.setLabels((Collection<?>) v), (a, b) -> sameLabels((Collection<?>) a, (Collection<?>) b)));
        m.put(COMMENTS, new Field(HubIssue::getComments, (i, v) -> i.setComments(copyComments((Collection<?>) v)), (a, b) -> sameComments((Collection<?>) a, (Collection<?>) b)));
        m.put(CREATED, new Field(HubIssue::getCreated, (i, v) -> i.setCreated((Instant) v), (a, b) -> sameInstant((Instant) a, (Instant) b)));
        m.put(UPDATED, new Field(HubIssue::getUpdated, (i, v) -> i.setUpdated((Instant) v), (a, b) -> sameInstant((Instant) a, (Instant) b)));
        m.put(PARENT_ID, text(HubIssue::getParentId, HubIssue::setParentId));
        return Map.copyOf(m);
    }

    /** Comments are mutable; anything else is passed on for the setter to refuse. */
    private static List<Object> copyComments(Collection<?> comments) {
        List<Object> copies = new ArrayList<>();
        for (Object o : nullSafe(comments)) copies.add(o instanceof HubComment c ? c.copy() : o);
        return copies;
    }
}
