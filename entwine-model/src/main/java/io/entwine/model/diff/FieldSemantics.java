package io.entwine.model.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubCascade;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubComponent;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueLink;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubOption;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubProject;
import io.entwine.api.replica.HubResolution;
import io.entwine.api.replica.HubSecurityLevel;
import io.entwine.api.replica.HubSprint;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;
import io.entwine.api.replica.HubVersion;
import io.entwine.api.replica.HubWorkLog;
import io.entwine.model.ReplicaProperties;
import io.entwine.model.codec.ReplicaFormatException;
import io.entwine.model.codec.ReplicaValues;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one place that says when two values of a replica field are the same, and how a standard field is read and
 * written by its HubIssue property name. Rules: text equal when both are null/empty or identical; status,
 * priority, resolution, type and security level by name ignoring case (ids compared only when both sides have
 * one); users by key when both have one, else by e-mail ignoring case; labels, assignees, watchers, components,
 * versions and issue links as sets; comments, attachments and work logs matched by id; custom fields by value (an
 * absent field is the same as an empty one; options by id when both have one, else by text ignoring case; lists
 * of options or users as sets); customKeys and extras by deep equality (numbers by value, dates as their ISO text).
 * Stateless and thread-safe.
 */
public final class FieldSemantics {

    private FieldSemantics() {
    }

    /** The standard field names, in canonical order: the HubIssue property list without the maps. */
    public static List<String> standardFields() {
        return ReplicaProperties.STANDARD;
    }

    /** True when {@code a} and {@code b} hold the same value of the standard field {@code field}. */
    public static boolean sameStandardField(String field, HubIssue a, HubIssue b) {
        FieldTable.Field f = standard(field);
        return f.same().test(f.get().apply(a), f.get().apply(b));
    }

    /** The value of a standard field as the HubIssue holds it. */
    public static Object standardValue(HubIssue issue, String field) {
        return standard(field).get().apply(issue);
    }

    /**
     * Sets a standard field through the HubIssue's own (lenient) setter; lists are copied, comments, attachments,
     * work logs and links deep-copied.
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

    public static boolean sameSecurityLevel(HubSecurityLevel a, HubSecurityLevel b) {
        return a == null || b == null ? a == b : sameNamed(a.id(), a.name(), b.id(), b.name());
    }

    /** Sprints by id when both have one, else by name ignoring case. */
    public static boolean sameSprint(HubSprint a, HubSprint b) {
        if (a == null || b == null) return a == b;
        if (a.id() != null && b.id() != null) return a.id().equals(b.id());
        return SubObjects.sameName(a.name(), b.name());
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
        return SubObjects.sameSet(a, b, (x, y) -> x instanceof HubUser ux && y instanceof HubUser uy ? sameUser(ux, uy) : Objects.equals(x, y));
    }

    /** Labels compared as sets of their text; nulls are skipped. */
    public static boolean sameLabels(Collection<?> a, Collection<?> b) {
        return labelSet(a).equals(labelSet(b));
    }

    /** Components as sets: by name ignoring case (ids compared only when both have one). */
    public static boolean sameComponents(Collection<?> a, Collection<?> b) {
        return SubObjects.sameSet(a, b, (x, y) -> x instanceof HubComponent cx && y instanceof HubComponent cy
                ? sameNamed(cx.id(), cx.name(), cy.id(), cy.name()) : Objects.equals(x, y));
    }

    /** Versions as sets: by name ignoring case (ids compared only when both have one). */
    public static boolean sameVersions(Collection<?> a, Collection<?> b) {
        return SubObjects.sameSet(a, b, (x, y) -> x instanceof HubVersion vx && y instanceof HubVersion vy
                ? sameNamed(vx.id(), vx.name(), vy.id(), vy.name()) : Objects.equals(x, y));
    }

    /** Issue links as sets, by the other entity, the link type and the direction; URLs do not count. */
    public static boolean sameIssueLinks(Collection<?> a, Collection<?> b) {
        return SubObjects.sameSet(a, b, (x, y) -> x instanceof HubIssueLink lx && y instanceof HubIssueLink ly
                ? SubObjects.sameLink(lx, ly) : Objects.equals(x, y));
    }

    /** Two versions of one comment are the same when body (as text), internal flag and author are. */
    public static boolean sameComment(HubComment a, HubComment b) {
        return SubObjects.sameComment(a, b);
    }

    /**
     * Comment lists: comments with an id matched by id (same ids, each pair {@link #sameComment}), comments without
     * one (not yet written) compared in order. Timestamps and traces ({@code remoteId}) do not count.
     */
    public static boolean sameComments(Collection<?> a, Collection<?> b) {
        return SubObjects.sameById(a, b, HubComment.class, HubComment::getId, SubObjects::sameComment);
    }

    /** Attachment lists matched by id like comments; two versions are the same by file name and content hash. */
    public static boolean sameAttachments(Collection<?> a, Collection<?> b) {
        return SubObjects.sameById(a, b, HubAttachment.class, HubAttachment::getId, SubObjects::sameAttachment);
    }

    /** Work log lists matched by id like comments; two versions are the same by time spent, start and comment. */
    public static boolean sameWorkLogs(Collection<?> a, Collection<?> b) {
        return SubObjects.sameById(a, b, HubWorkLog.class, HubWorkLog::getId, SubObjects::sameWorkLog);
    }

    /** Custom field entries by value; a missing entry, a null, an empty string, list or map all mean "empty". */
    public static boolean sameCustomField(Object a, Object b) {
        Object va = a instanceof HubCustomField f ? f.getValue() : a;
        Object vb = b instanceof HubCustomField f ? f.getValue() : b;
        if (isEmptyValue(va) || isEmptyValue(vb)) return isEmptyValue(va) && isEmptyValue(vb);
        return sameFieldValue(va, vb);
    }

    /** Options by id when both have one, else by text ignoring case. */
    public static boolean sameOption(HubOption a, HubOption b) {
        if (a == null || b == null) return a == b;
        if (a.getId() != null && b.getId() != null) return a.getId().equals(b.getId());
        return SubObjects.sameName(a.getValue(), b.getValue());
    }

    /**
     * Two custom field values: options, cascades and users by their sameness rules, lists holding options or users
     * as sets, anything else by {@link #sameValue}.
     */
    public static boolean sameFieldValue(Object a, Object b) {
        if (a instanceof HubOption oa && b instanceof HubOption ob) return sameOption(oa, ob);
        if (a instanceof HubCascade ca && b instanceof HubCascade cb) return sameOption(ca.parent(), cb.parent()) && sameOption(ca.child(), cb.child());
        if (a instanceof HubUser ua && b instanceof HubUser ub) return sameUser(ua, ub);
        if (a instanceof Collection<?> ca && b instanceof Collection<?> cb && (holdsTyped(ca) || holdsTyped(cb))) {
            return SubObjects.sameSet(ca, cb, FieldSemantics::sameFieldValue);
        }
        return sameValue(a, b);
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

    private static boolean holdsTyped(Collection<?> values) {
        for (Object v : values) if (v instanceof HubOption || v instanceof HubUser) return true;
        return false;
    }

    private static boolean sameNamed(String idA, String nameA, String idB, String nameB) {
        boolean sameName = nameA == null ? nameB == null : nameA.equalsIgnoreCase(nameB);
        return sameName && (idA == null || idB == null || idA.equals(idB));
    }

    private static Set<String> labelSet(Collection<?> labels) {
        Set<String> set = new LinkedHashSet<>();
        for (Object l : SubObjects.nullSafe(labels)) if (l != null) set.add(l.toString());
        return set;
    }

    static boolean isEmptyValue(Object v) {
        return v == null || (v instanceof CharSequence s && s.length() == 0) || (v instanceof Collection<?> c && c.isEmpty())
                || (v instanceof Map<?, ?> m && m.isEmpty());
    }

    private static FieldTable.Field standard(String field) {
        FieldTable.Field f = FieldTable.FIELDS.get(field);
        if (f == null) throw new IllegalArgumentException("\"" + field + "\" is not a standard field; standard fields are " + standardFields());
        return f;
    }
}
