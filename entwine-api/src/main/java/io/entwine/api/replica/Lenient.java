package io.entwine.api.replica;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The lenient conversions scripts rely on: a String where an object is expected
 * ({@code replica.status = "Done"}), a Map with a {@code name}, another named value, or a
 * {@link ReplicaConvertible} that stands for the value. Refusals are {@link IllegalArgumentException}s
 * naming the field and what was given.
 */
final class Lenient {
    private Lenient() {
    }

    /** The value a {@link ReplicaConvertible} stands for; anything else as it is. */
    static Object unwrap(Object value) {
        int hops = 0;
        while (value instanceof ReplicaConvertible c && hops++ < 8) value = c.toReplicaValue();
        return value;
    }

    static String text(Object value) {
        value = unwrap(value);
        return value == null ? null : String.valueOf(value);
    }

    /** The name of a named value (status, priority, component...), a String, or a map's {@code name}. */
    static String name(Object value, String field) {
        value = unwrap(value);
        if (value == null) return null;
        if (value instanceof CharSequence s) return s.toString();
        String name = nameOf(value);
        if (name != null) return name;
        if (value instanceof Map<?, ?> m && m.get("name") != null) return String.valueOf(m.get("name"));
        if (value instanceof Map<?, ?> m && m.get("value") != null) return String.valueOf(m.get("value"));
        throw new IllegalArgumentException(field + " cannot be set from " + describe(value) + "; use a name or a " + field + " object");
    }

    private static String nameOf(Object value) {
        if (value instanceof HubStatus v) return v.name();
        if (value instanceof HubPriority v) return v.name();
        if (value instanceof HubResolution v) return v.name();
        if (value instanceof HubIssueType v) return v.name();
        if (value instanceof HubSecurityLevel v) return v.name();
        if (value instanceof HubComponent v) return v.name();
        if (value instanceof HubVersion v) return v.name();
        if (value instanceof HubSprint v) return v.name();
        if (value instanceof HubOption v) return v.getValue();
        return null;
    }

    static String id(Object value) {
        value = unwrap(value);
        if (value instanceof HubStatus v) return v.id();
        if (value instanceof HubPriority v) return v.id();
        if (value instanceof HubResolution v) return v.id();
        if (value instanceof HubIssueType v) return v.id();
        if (value instanceof HubSecurityLevel v) return v.id();
        if (value instanceof HubComponent v) return v.id();
        if (value instanceof HubVersion v) return v.id();
        if (value instanceof HubSprint v) return v.id();
        if (value instanceof HubOption v) return v.getId();
        if (value instanceof Map<?, ?> m && m.get("id") != null) return String.valueOf(m.get("id"));
        return null;
    }

    /** A Map's {@code description}, or the description of a component or version. */
    static String description(Object value) {
        value = unwrap(value);
        if (value instanceof HubComponent c) return c.description();
        if (value instanceof HubVersion v) return v.description();
        if (value instanceof Map<?, ?> m && m.get("description") != null) return String.valueOf(m.get("description"));
        return null;
    }

    static HubUser user(Object value, String field) {
        value = unwrap(value);
        if (value == null || value instanceof HubUser) return (HubUser) value;
        if (value instanceof CharSequence s) {
            String text = s.toString();
            if (text.isBlank()) return null;
            return text.contains("@") ? new HubUser(null, null, text, null, true) : HubUser.ofKey(text);
        }
        if (value instanceof Map<?, ?> m) return userFromMap(m, Boolean.TRUE);
        throw new IllegalArgumentException(field + " cannot be set from " + describe(value)
                + "; use a user (nodeHelper.getUserByEmail(...)), an e-mail or an account id");
    }

    /** A user from its map form; {@code active} missing from the map gives {@code defaultActive}. */
    static HubUser userFromMap(Map<?, ?> m, Boolean defaultActive) {
        Object active = m.get("active");
        return new HubUser(str(m.get("key")), str(m.get("username")), str(m.get("email")), str(m.get("displayName")),
                active == null ? defaultActive : Boolean.valueOf(String.valueOf(active)));
    }

    static List<HubUser> users(Object values, String field) {
        return list(values, v -> user(v, field));
    }

    static List<HubLabel> labels(Object values) {
        List<HubLabel> out = new ArrayList<>();
        for (Object v : items(values)) {
            v = unwrap(v);
            if (v == null) continue;
            HubLabel label;
            if (v instanceof HubLabel l) label = l;
            else if (v instanceof Map<?, ?> m && m.get("label") != null) label = new HubLabel(String.valueOf(m.get("label")));
            else if (v instanceof Map<?, ?> m && m.get("name") != null) label = new HubLabel(String.valueOf(m.get("name")));
            else label = new HubLabel(String.valueOf(v));
            if (!out.contains(label)) out.add(label);
        }
        return out;
    }

    static List<HubComment> comments(Object values) {
        return list(values, v -> instance(v, HubComment.class, "comments", "comment"));
    }

    static List<HubAttachment> attachments(Object values) {
        return list(values, v -> instance(v, HubAttachment.class, "attachments", "attachment"));
    }

    static List<HubWorkLog> workLogs(Object values) {
        return list(values, v -> instance(v, HubWorkLog.class, "workLogs", "work log"));
    }

    static List<HubIssueLink> issueLinks(Object values) {
        return list(values, v -> {
            if (v instanceof HubIssueLink l) return l;
            if (v instanceof Map<?, ?> m) {
                return new HubIssueLink(m.get("otherIssueId"), str(m.get("linkName")), str(m.get("linkTypeName")), str(m.get("url")));
            }
            throw new IllegalArgumentException("issueLinks must be issue links, got " + describe(v));
        });
    }

    static List<HubComponent> components(Object values, String field) {
        return list(values, v -> v instanceof HubComponent c ? c : new HubComponent(id(v), name(v, field), description(v)));
    }

    static List<HubVersion> versions(Object values, String field) {
        return list(values, v -> v instanceof HubVersion c ? c : new HubVersion(id(v), name(v, field), description(v)));
    }

    static List<HubOption> options(Object values, String field) {
        return list(values, v -> option(v, field));
    }

    static HubOption option(Object value, String field) {
        value = unwrap(value);
        if (value == null || value instanceof HubOption) return (HubOption) value;
        if (value instanceof Map<?, ?> m) {
            HubOption o = new HubOption(str(m.get("id")), str(m.get("value") != null ? m.get("value") : m.get("name")));
            if (m.get("childOptions") != null) o.setChildOptions(items(m.get("childOptions")));
            return o;
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) return HubOption.named(String.valueOf(value));
        String name = nameOf(value);
        if (name != null) return new HubOption(id(value), name);
        throw new IllegalArgumentException(field + " cannot be set from " + describe(value) + "; use an option or its text");
    }

    static HubProject project(Object value) {
        value = unwrap(value);
        if (value == null || value instanceof HubProject) return (HubProject) value;
        if (value instanceof CharSequence s) return new HubProject(s.toString(), null);
        if (value instanceof Map<?, ?> m) {
            return new HubProject(str(m.get("key")), str(m.get("name")), versions(m.get("versions"), "project.versions"),
                    components(m.get("components"), "project.components"));
        }
        throw new IllegalArgumentException("project cannot be set from " + describe(value));
    }

    static HubSprint sprint(Object value) {
        value = unwrap(value);
        if (value == null || value instanceof HubSprint) return (HubSprint) value;
        if (value instanceof Number n) return new HubSprint(String.valueOf(n), null, null, null, null);
        if (value instanceof Map<?, ?> m) {
            return new HubSprint(str(m.get("id")), str(m.get("name")), str(m.get("state")),
                    LenientTime.instant(m.get("startDate"), "sprint.startDate"), LenientTime.instant(m.get("endDate"), "sprint.endDate"));
        }
        return HubSprint.named(name(value, "sprint"));
    }

    /** The elements of a collection, array or single value (a single value is a list of one); null gives none. */
    static List<Object> items(Object values) {
        values = unwrap(values);
        List<Object> out = new ArrayList<>();
        if (values == null) return out;
        if (values instanceof Collection<?> c) out.addAll(c);
        else if (values instanceof Object[] a) out.addAll(List.of(a));
        else out.add(values);
        return out;
    }

    /** Converts every non-null element; the result is a new mutable list. */
    static <T> List<T> list(Object values, Function<Object, T> convert) {
        List<T> out = new ArrayList<>();
        for (Object v : items(values)) {
            v = unwrap(v);
            if (v == null) continue;
            T converted = convert.apply(v);
            if (converted != null) out.add(converted);
        }
        return out;
    }

    private static <T> T instance(Object value, Class<T> type, String field, String what) {
        if (type.isInstance(value)) return type.cast(value);
        throw new IllegalArgumentException(field + " must be " + what + " objects, got " + describe(value));
    }

    static String describe(Object value) {
        if (value == null) return "null";
        String text = String.valueOf(value);
        return "a " + value.getClass().getSimpleName() + " (" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + ")";
    }

    static String str(Object o) {
        o = unwrap(o);
        return o == null ? null : String.valueOf(o);
    }
}
