package io.entwine.api.replica;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The lenient conversions scripts rely on: a String where an object is expected
 * ({@code replica.status = "Done"}), a Map with a {@code name}, or another named value.
 */
final class Lenient {
    private Lenient() {
    }

    static String name(Object value, String field) {
        if (value == null) return null;
        if (value instanceof CharSequence s) return s.toString();
        if (value instanceof HubStatus v) return v.name();
        if (value instanceof HubPriority v) return v.name();
        if (value instanceof HubResolution v) return v.name();
        if (value instanceof HubIssueType v) return v.name();
        if (value instanceof Map<?, ?> m && m.get("name") != null) return String.valueOf(m.get("name"));
        throw new IllegalArgumentException(field + " cannot be set from a " + value.getClass().getSimpleName()
                + " (" + value + "); use a name or a " + field + " object");
    }

    static String id(Object value) {
        if (value instanceof HubStatus v) return v.id();
        if (value instanceof HubPriority v) return v.id();
        if (value instanceof HubResolution v) return v.id();
        if (value instanceof HubIssueType v) return v.id();
        if (value instanceof Map<?, ?> m && m.get("id") != null) return String.valueOf(m.get("id"));
        return null;
    }

    static HubUser user(Object value, String field) {
        if (value == null || value instanceof HubUser) return (HubUser) value;
        if (value instanceof CharSequence s) {
            String text = s.toString();
            if (text.isBlank()) return null;
            return text.contains("@") ? new HubUser(null, null, text, null, true) : HubUser.ofKey(text);
        }
        if (value instanceof Map<?, ?> m) {
            return new HubUser(str(m.get("key")), str(m.get("username")), str(m.get("email")),
                    str(m.get("displayName")), m.get("active") == null ? Boolean.TRUE : Boolean.valueOf(String.valueOf(m.get("active"))));
        }
        throw new IllegalArgumentException(field + " cannot be set from a " + value.getClass().getSimpleName()
                + "; use a user (nodeHelper.getUserByEmail(...)), an e-mail or an account id");
    }

    static List<HubUser> users(Collection<?> values, String field) {
        List<HubUser> out = new ArrayList<>();
        if (values != null) for (Object v : values) {
            HubUser u = user(v, field);
            if (u != null) out.add(u);
        }
        return out;
    }

    static List<HubLabel> labels(Collection<?> values) {
        List<HubLabel> out = new ArrayList<>();
        if (values == null) return out;
        for (Object v : values) {
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

    static List<HubComment> comments(Collection<?> values) {
        List<HubComment> out = new ArrayList<>();
        if (values == null) return out;
        for (Object v : values) {
            if (v instanceof HubComment c) out.add(c);
            else if (v != null) throw new IllegalArgumentException("comments must be comment objects, got a "
                    + v.getClass().getSimpleName() + " (" + v + ")");
        }
        return out;
    }

    static HubProject project(Object value) {
        if (value == null || value instanceof HubProject) return (HubProject) value;
        if (value instanceof CharSequence s) return new HubProject(s.toString(), null);
        if (value instanceof Map<?, ?> m) return new HubProject(str(m.get("key")), str(m.get("name")));
        throw new IllegalArgumentException("project cannot be set from a " + value.getClass().getSimpleName());
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
