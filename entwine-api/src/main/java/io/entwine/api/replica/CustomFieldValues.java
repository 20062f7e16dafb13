package io.entwine.api.replica;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Types a custom field value by the field's type hint (SCRIPTING.md: String, Number, Date, Option, list of
 * Options, cascading, User, list of Users). Type hints are matched case-insensitively, with the common tracker
 * spellings as aliases ({@code select}, {@code multiuserpicker}, Jira's {@code ...customfieldtypes:select}); an
 * unknown hint leaves values as they are. Numbers are kept in their replica form (whole numbers as Long, others as
 * BigDecimal) so that a value survives the JSON form unchanged.
 */
final class CustomFieldValues {

    enum Kind { TEXT, NUMBER, DATE, DATETIME, OPTION, OPTIONS, CASCADING, USER, USERS, OTHER }

    private static final Map<String, Kind> ALIASES = aliases();

    private CustomFieldValues() {
    }

    static Kind kind(String type) {
        if (type == null) return Kind.OTHER;
        String t = type.toLowerCase(Locale.ROOT).trim();
        int colon = t.lastIndexOf(':');
        if (colon >= 0) t = t.substring(colon + 1);
        return ALIASES.getOrDefault(t, Kind.OTHER);
    }

    /** {@code value} typed for a field of this type; {@code allowed} are the field's options (may be empty). */
    static Object typed(String type, Object value, List<HubOption> allowed, String field) {
        value = Lenient.unwrap(value);
        if (value == null) return null;
        return switch (kind(type)) {
            case TEXT -> text(value, field);
            case NUMBER -> number(value, field);
            case DATE -> LenientTime.localDate(value, field);
            case DATETIME -> LenientTime.instant(value, field);
            case OPTION -> option(single(value, field), allowed, field);
            case OPTIONS -> {
                List<HubOption> options = new ArrayList<>();
                for (Object v : Lenient.items(value)) {
                    HubOption o = option(Lenient.unwrap(v), allowed, field);
                    if (o != null) options.add(o);
                }
                yield options;
            }
            case CASCADING -> cascade(value, allowed, field);
            case USER -> user(single(value, field), field);
            case USERS -> Lenient.list(value, v -> user(v, field));
            case OTHER -> value;
        };
    }

    /** A deep copy of a value as this class types them (options and cascades are mutable). */
    static Object copy(Object value) {
        if (value instanceof HubOption o) return o.copy();
        if (value instanceof HubCascade c) return c.copy();
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object v : list) out.add(copy(v));
            return out;
        }
        return value;
    }

    private static Object single(Object value, String field) {
        if (value instanceof Collection<?> c) {
            if (c.isEmpty()) return null;
            if (c.size() == 1) return Lenient.unwrap(c.iterator().next());
            throw new IllegalArgumentException("custom field '" + field + "' takes one value, got " + c.size());
        }
        return value;
    }

    private static String text(Object value, String field) {
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof HubOption o) return o.getValue();
        String name = Lenient.name(value, "custom field '" + field + "'");
        return name;
    }

    private static Object number(Object value, String field) {
        if (value instanceof Long || value instanceof BigDecimal) return value;
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) return ((Number) value).longValue();
        if (value instanceof BigInteger i) return i.bitLength() < 64 ? (Object) i.longValue() : i;
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) throw new IllegalArgumentException("custom field '" + field + "' cannot hold " + d);
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : BigDecimal.valueOf(d);
        }
        if (value instanceof Number n) return new BigDecimal(n.toString());
        if (value instanceof CharSequence s) {
            String text = s.toString().trim();
            if (text.isEmpty()) return null;
            try {
                BigDecimal d = new BigDecimal(text);
                if (d.scale() <= 0 && !text.contains(".") && !text.toLowerCase(Locale.ROOT).contains("e")) {
                    BigInteger i = d.toBigIntegerExact();
                    return i.bitLength() < 64 ? (Object) i.longValue() : i;
                }
                return d;
            } catch (NumberFormatException | ArithmeticException ignored) {
                // reported below
            }
        }
        throw new IllegalArgumentException("custom field '" + field + "' is a number field and cannot be set from "
                + Lenient.describe(value));
    }

    /** Assigning text selects the allowed option with that text (exactly, else ignoring case), or names one. */
    private static HubOption option(Object value, List<HubOption> allowed, String field) {
        if (value == null || value instanceof HubOption) return (HubOption) value;
        HubOption given = Lenient.option(value, "custom field '" + field + "'");
        HubOption match = find(allowed, given);
        return match != null ? match.copy() : given;
    }

    private static HubOption find(List<HubOption> allowed, HubOption wanted) {
        if (allowed == null || wanted == null) return null;
        for (HubOption o : allowed) {
            if (o != null && wanted.getId() != null && wanted.getId().equals(o.getId())) return o;
        }
        if (wanted.getValue() == null) return null;
        for (HubOption o : allowed) if (o != null && wanted.getValue().equals(o.getValue())) return o;
        for (HubOption o : allowed) if (o != null && wanted.getValue().equalsIgnoreCase(o.getValue())) return o;
        return null;
    }

    private static HubCascade cascade(Object value, List<HubOption> allowed, String field) {
        if (value instanceof HubCascade c) return c;
        Object parent;
        Object child = null;
        if (value instanceof Map<?, ?> m && (m.containsKey("parent") || m.containsKey("child"))) {
            parent = m.get("parent");
            child = m.get("child");
        } else if (value instanceof List<?> list && !list.isEmpty() && list.size() <= 2) {
            parent = list.get(0);
            child = list.size() == 2 ? list.get(1) : null;
        } else {
            parent = value;
        }
        HubOption p = option(Lenient.unwrap(parent), allowed, field);
        HubOption c = option(Lenient.unwrap(child), p == null ? List.of() : p.getChildOptions(), field);
        return p == null && c == null ? null : new HubCascade(p, c);
    }

    /** A user; a map without {@code active} keeps it unknown, so that the JSON form reads back equal. */
    private static HubUser user(Object value, String field) {
        if (value instanceof Map<?, ?> m) return Lenient.userFromMap(m, null);
        return Lenient.user(value, "custom field '" + field + "'");
    }

    private static Map<String, Kind> aliases() {
        Map<String, Kind> m = new java.util.HashMap<>();
        for (String a : List.of("text", "string", "textfield", "textarea", "url", "readonlyfield", "richtext")) m.put(a, Kind.TEXT);
        for (String a : List.of("number", "numeric", "float", "integer", "decimal", "double")) m.put(a, Kind.NUMBER);
        for (String a : List.of("date", "datepicker")) m.put(a, Kind.DATE);
        for (String a : List.of("datetime", "date-time", "datetimepicker", "timestamp")) m.put(a, Kind.DATETIME);
        for (String a : List.of("option", "select", "radiobuttons", "radio", "dropdown", "singleselect")) m.put(a, Kind.OPTION);
        for (String a : List.of("options", "multiselect", "multicheckboxes", "checkboxes", "multioption", "multi-option"))
            m.put(a, Kind.OPTIONS);
        for (String a : List.of("cascading", "cascadingselect", "cascade")) m.put(a, Kind.CASCADING);
        for (String a : List.of("user", "userpicker")) m.put(a, Kind.USER);
        for (String a : List.of("users", "multiuserpicker", "multiuser", "multi-user")) m.put(a, Kind.USERS);
        return Map.copyOf(m);
    }
}
