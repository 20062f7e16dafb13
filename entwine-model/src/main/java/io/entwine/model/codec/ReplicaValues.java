package io.entwine.model.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubCascade;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubComponent;
import io.entwine.api.replica.HubIssueLink;
import io.entwine.api.replica.HubOption;
import io.entwine.api.replica.HubSecurityLevel;
import io.entwine.api.replica.HubSprint;
import io.entwine.api.replica.HubVersion;
import io.entwine.api.replica.HubWorkLog;
import io.entwine.api.replica.ReplicaConvertible;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubLabel;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubProject;
import io.entwine.api.replica.HubResolution;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Encodes and decodes the arbitrary script values a replica carries (custom field values, {@code customKeys},
 * extras). Encoding: Map/Collection/array/String/Number/Boolean/null natively, dates and {@code java.time}
 * values as ISO-8601 strings (instants and zoned times in UTC), enums by name, Hub values (records, options,
 * comments, attachments...) in their replica object form, a {@link ReplicaConvertible} as the value it stands for. Decoding: objects to {@link LinkedHashMap}, arrays to {@link ArrayList}, integers to
 * {@link Long} ({@link BigInteger} beyond the long range), decimals to {@link BigDecimal} with their scale.
 * Stateless and thread-safe.
 */
public final class ReplicaValues {
    /** Deeper values than this are refused: almost always a map that contains itself. */
    static final int MAX_DEPTH = 500;

    private ReplicaValues() {
    }

    /**
     * The JSON form of a script value.
     *
     * @throws ReplicaFormatException when the value (or something inside it) has no JSON form: a non-finite
     *         double, a map with a null key, an object of another type, a structure nested over 500 levels
     */
    public static JsonNode toJson(Object value) {
        return toJson(value, "value", 0);
    }

    /**
     * The script value of a JSON node; JSON null (or a Java null) gives null.
     *
     * @throws ReplicaFormatException for nodes that are not plain JSON (binary or POJO nodes, NaN)
     */
    public static Object fromJson(JsonNode node) {
        return fromJson(node, "value");
    }

    static JsonNode toJson(Object value, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new ReplicaFormatException(path, "nested deeper than " + MAX_DEPTH + " levels; does a map or list contain itself?");
        }
        value = unwrap(value);
        if (value == null) return NullNode.getInstance();
        if (value instanceof JsonNode node) return node.deepCopy();
        if (value instanceof CharSequence || value instanceof Character) return Json.NODES.textNode(value.toString());
        if (value instanceof Boolean b) return Json.NODES.booleanNode(b);
        if (value instanceof Number n) return number(n, path);
        if (value instanceof Map<?, ?> map) return object(map, path, depth);
        if (value instanceof Iterable<?> items) return array(items.iterator(), path, depth);
        if (value.getClass().isArray()) return array(arrayIterator(value), path, depth);
        String text = textOf(value);
        if (text != null) return Json.NODES.textNode(text);
        JsonNode hub = hubRecord(value, path, depth);
        if (hub != null) return hub;
        throw new ReplicaFormatException(path, "cannot put a " + value.getClass().getName() + " into a replica; "
                + "use a map, list, string, number, boolean, date or Hub value");
    }

    static Object fromJson(JsonNode node, String path) {
        return fromJson(node, path, 0);
    }

    /**
     * A value read is one that can be written again: values start up to 3 levels below the replica's root (a
     * custom field's value), so they may nest {@link #MAX_DEPTH} - 3 levels (found by ReplicaCodecFuzzTest: a
     * customKeys value nested 600 levels was read, then refused when the replica was written).
     */
    private static Object fromJson(JsonNode node, String path, int depth) {
        if (depth > MAX_DEPTH - 3) {
            throw new ReplicaFormatException(path, "nested deeper than " + (MAX_DEPTH - 3) + " levels");
        }
        if (node == null || node.isNull() || node.isMissingNode()) return null;
        if (node.isTextual()) return node.textValue();
        if (node.isBoolean()) return node.booleanValue();
        if (node.isIntegralNumber()) return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        if (node.isNumber()) {
            if (node.isDouble() || node.isFloat()) {
                double d = node.doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) throw new ReplicaFormatException(path, "expected a finite number, got " + d);
            }
            return node.decimalValue();
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) map.put(e.getKey(), fromJson(e.getValue(), JsonPath.field(path, e.getKey()), depth + 1));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) list.add(fromJson(node.get(i), JsonPath.index(path, i), depth + 1));
            return list;
        }
        throw new ReplicaFormatException(path, "expected a JSON value, got a " + node.getNodeType());
    }

    private static JsonNode number(Number n, String path) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
                || n instanceof AtomicLong || n instanceof AtomicInteger) {
            return Json.NODES.numberNode(n.longValue());
        }
        if (n instanceof BigInteger i) return Json.NODES.numberNode(i);
        if (n instanceof BigDecimal d) return Json.NODES.numberNode(d);
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new ReplicaFormatException(path, "cannot put " + d + " into a replica; JSON numbers are finite");
            }
            return Json.NODES.numberNode(d);
        }
        try {
            return Json.NODES.numberNode(new BigDecimal(n.toString()));
        } catch (NumberFormatException e) {
            throw new ReplicaFormatException(path, "cannot put the number " + n + " (" + n.getClass().getName() + ") into a replica", e);
        }
    }

    private static ObjectNode object(Map<?, ?> map, String path, int depth) {
        ObjectNode node = Json.NODES.objectNode();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (e.getKey() == null) throw new ReplicaFormatException(path, "a map key must not be null");
            String key = String.valueOf(e.getKey());
            node.set(key, toJson(e.getValue(), JsonPath.field(path, key), depth + 1));
        }
        return node;
    }

    private static ArrayNode array(Iterator<?> items, String path, int depth) {
        ArrayNode node = Json.NODES.arrayNode();
        for (int i = 0; items.hasNext(); i++) node.add(toJson(items.next(), JsonPath.index(path, i), depth + 1));
        return node;
    }

    private static Iterator<Object> arrayIterator(Object array) {
        int length = Array.getLength(array);
        List<Object> items = new ArrayList<>(length);
        for (int i = 0; i < length; i++) items.add(Array.get(array, i));
        return items.iterator();
    }

    /** Values whose replica form is an ISO-8601 (or other canonical) string; null for anything else. */
    private static String textOf(Object value) {
        if (value instanceof Instant i) return i.toString();
        if (value instanceof Date d) return Instant.ofEpochMilli(d.getTime()).toString();
        if (value instanceof Calendar c) return c.toInstant().toString();
        if (value instanceof OffsetDateTime t) return t.toInstant().toString();
        if (value instanceof ZonedDateTime t) return t.toInstant().toString();
        if (value instanceof Enum<?> e) return e.name();
        if (value instanceof TemporalAccessor || value instanceof TemporalAmount) return value.toString();
        if (value instanceof UUID || value instanceof URI || value instanceof URL) return value.toString();
        return null;
    }

    private static JsonNode hubRecord(Object value, String path, int depth) {
        if (value instanceof HubUser u) return ObjectWriter.user(u);
        if (value instanceof HubStatus s) return ObjectWriter.named(s.id(), s.name(), path);
        if (value instanceof HubPriority p) return ObjectWriter.named(p.id(), p.name(), path);
        if (value instanceof HubResolution r) return ObjectWriter.named(r.id(), r.name(), path);
        if (value instanceof HubIssueType t) return ObjectWriter.named(t.id(), t.name(), path);
        if (value instanceof HubSecurityLevel l) return ObjectWriter.named(l.id(), l.name(), path);
        if (value instanceof HubComponent c) return ObjectWriter.component(c, path);
        if (value instanceof HubVersion v) return ObjectWriter.version(v, path);
        if (value instanceof HubSprint s) return ObjectWriter.sprint(s);
        if (value instanceof HubProject p) return ObjectWriter.project(p, path);
        if (value instanceof HubLabel l) return Json.NODES.objectNode().put("label", l.label());
        if (value instanceof HubOption o) return ObjectWriter.option(o, path);
        if (value instanceof HubCascade c) return ObjectWriter.cascade(c, path);
        if (value instanceof HubComment c) return ObjectWriter.comment(c);
        if (value instanceof HubAttachment a) return ObjectWriter.attachment(a);
        if (value instanceof HubWorkLog w) return ObjectWriter.workLog(w);
        if (value instanceof HubIssueLink l) return ObjectWriter.issueLink(l);
        if (value instanceof HubCustomField f) return ReplicaWriter.customField(f, path, depth + 1);
        if (value instanceof HubIssue i) return ReplicaWriter.issue(i, path, false, depth + 1);
        return null;
    }

    /** The value a {@link ReplicaConvertible} stands for (followed a few hops); anything else as it is. */
    static Object unwrap(Object value) {
        int hops = 0;
        while (value instanceof ReplicaConvertible c && hops++ < 8) value = c.toReplicaValue();
        return value;
    }
}
