package io.entwine.model.codec;

import static io.entwine.model.ReplicaProperties.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubLabel;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubProject;
import io.entwine.api.replica.HubResolution;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;
import io.entwine.model.ReplicaProperties;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * HubIssue to canonical JSON: fixed property order, nulls and empty lists/maps left out, {@code customFields}
 * and {@code customKeys} sorted by key (their insertion order carries no meaning, and equal replicas must give
 * identical bytes), extras in insertion order. Scripts can put anything into the live lists and maps, so every
 * element is type-checked here and refused with its path.
 */
final class ReplicaWriter {

    private ReplicaWriter() {
    }

    static ObjectNode issue(HubIssue issue, String path, boolean withSchema, int depth) {
        ObjectNode o = Json.NODES.objectNode();
        if (withSchema) o.put(SCHEMA, ReplicaCodec.SCHEMA_V1);
        text(o, ID, issue.getId());
        text(o, KEY, issue.getKey());
        text(o, URL, issue.getUrl());
        text(o, SUMMARY, issue.getSummary());
        text(o, DESCRIPTION, issue.getDescription());
        HubStatus status = issue.getStatus();
        if (status != null) o.set(STATUS, named(status.id(), status.name(), JsonPath.field(path, STATUS)));
        HubPriority priority = issue.getPriority();
        if (priority != null) o.set(PRIORITY, named(priority.id(), priority.name(), JsonPath.field(path, PRIORITY)));
        HubResolution resolution = issue.getResolution();
        if (resolution != null) o.set(RESOLUTION, named(resolution.id(), resolution.name(), JsonPath.field(path, RESOLUTION)));
        HubIssueType type = issue.getType();
        if (type != null) o.set(TYPE, named(type.id(), type.name(), JsonPath.field(path, TYPE)));
        if (issue.getProject() != null) o.set(PROJECT, project(issue.getProject()));
        if (issue.getAssignee() != null) o.set(ASSIGNEE, user(issue.getAssignee()));
        if (issue.getReporter() != null) o.set(REPORTER, user(issue.getReporter()));
        if (issue.getCreator() != null) o.set(CREATOR, user(issue.getCreator()));
        nonEmpty(o, ASSIGNEES, users(issue.getAssignees(), JsonPath.field(path, ASSIGNEES)));
        nonEmpty(o, LABELS, labels(issue.getLabels(), JsonPath.field(path, LABELS)));
        nonEmpty(o, COMMENTS, comments(issue.getComments(), JsonPath.field(path, COMMENTS)));
        instant(o, CREATED, issue.getCreated());
        instant(o, UPDATED, issue.getUpdated());
        text(o, PARENT_ID, issue.getParentId());
        nonEmpty(o, CUSTOM_FIELDS, customFields(issue.getCustomFields(), JsonPath.field(path, CUSTOM_FIELDS), depth));
        nonEmpty(o, CUSTOM_KEYS, customKeys(issue.getCustomKeys(), JsonPath.field(path, CUSTOM_KEYS), depth));
        extras(o, issue.extras(), path, depth);
        return o;
    }

    static ObjectNode user(HubUser user) {
        ObjectNode o = Json.NODES.objectNode();
        text(o, "key", user.key());
        text(o, "username", user.username());
        text(o, "email", user.email());
        text(o, "displayName", user.displayName());
        if (user.active() != null) o.put("active", user.active());
        return o;
    }

    /** Status, priority, resolution and type: a name is what every tracker can map, so it is required. */
    static ObjectNode named(String id, String name, String path) {
        if (name == null) throw new ReplicaFormatException(path, "expected an object with \"name\"");
        ObjectNode o = Json.NODES.objectNode();
        text(o, "id", id);
        o.put("name", name);
        return o;
    }

    static ObjectNode project(HubProject project) {
        ObjectNode o = Json.NODES.objectNode();
        text(o, "key", project.key());
        text(o, "name", project.name());
        return o;
    }

    static ObjectNode comment(HubComment comment, String path) {
        ObjectNode o = Json.NODES.objectNode();
        text(o, "id", comment.getId());
        text(o, "body", comment.getBody());
        if (comment.getAuthor() != null) o.set("author", user(comment.getAuthor()));
        if (comment.getUpdateAuthor() != null) o.set("updateAuthor", user(comment.getUpdateAuthor()));
        instant(o, "created", comment.getCreated());
        instant(o, "updated", comment.getUpdated());
        o.put("internal", comment.isInternal());
        if (comment.getExecutor() != null) o.set("executor", user(comment.getExecutor()));
        text(o, "remoteId", comment.getRemoteId());
        return o;
    }

    static ObjectNode customField(HubCustomField field, String path, int depth) {
        ObjectNode o = Json.NODES.objectNode();
        text(o, "id", field.getId());
        text(o, "name", field.getName());
        text(o, "type", field.getType());
        JsonNode value = ReplicaValues.toJson(field.getValue(), JsonPath.field(path, "value"), depth + 1);
        if (!value.isNull()) o.set("value", value);
        return o;
    }

    private static ArrayNode users(List<?> users, String path) {
        ArrayNode a = Json.NODES.arrayNode();
        for (int i = 0; i < users.size(); i++) {
            Object user = users.get(i);
            if (user == null) continue;
            if (!(user instanceof HubUser u)) throw new ReplicaFormatException(JsonPath.index(path, i), "expected a user, got " + describe(user));
            a.add(user(u));
        }
        return a;
    }

    /** Labels are a set: duplicates are written once, in first-seen order. A plain string is a label too. */
    private static ArrayNode labels(List<?> labels, String path) {
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            Object label = labels.get(i);
            if (label == null) continue;
            if (label instanceof HubLabel l) distinct.add(l.label());
            else if (label instanceof CharSequence s && !s.toString().isBlank()) distinct.add(s.toString());
            else throw new ReplicaFormatException(JsonPath.index(path, i), "expected a label, got " + describe(label));
        }
        ArrayNode a = Json.NODES.arrayNode();
        distinct.forEach(a::add);
        return a;
    }

    private static ArrayNode comments(List<?> comments, String path) {
        ArrayNode a = Json.NODES.arrayNode();
        for (int i = 0; i < comments.size(); i++) {
            Object comment = comments.get(i);
            if (comment == null) continue;
            if (!(comment instanceof HubComment c)) throw new ReplicaFormatException(JsonPath.index(path, i), "expected a comment, got " + describe(comment));
            a.add(comment(c, JsonPath.index(path, i)));
        }
        return a;
    }

    /** Scripts may put a bare value ({@code customFields."Story Points" = 5}); it means a field with that name and value. */
    private static ObjectNode customFields(Map<String, ?> fields, String path, int depth) {
        ObjectNode o = Json.NODES.objectNode();
        for (Map.Entry<String, ?> e : sorted(fields, path).entrySet()) {
            String fieldPath = JsonPath.field(path, e.getKey());
            Object value = e.getValue();
            if (value == null) continue;
            HubCustomField field = value instanceof HubCustomField f ? f : new HubCustomField(null, e.getKey(), null, value);
            o.set(e.getKey(), customField(field, fieldPath, depth));
        }
        return o;
    }

    private static ObjectNode customKeys(Map<String, Object> keys, String path, int depth) {
        ObjectNode o = Json.NODES.objectNode();
        for (Map.Entry<String, ?> e : sorted(keys, path).entrySet()) {
            JsonNode value = ReplicaValues.toJson(e.getValue(), JsonPath.field(path, e.getKey()), depth + 1);
            if (!value.isNull()) o.set(e.getKey(), value);
        }
        return o;
    }

    private static void extras(ObjectNode o, Map<String, Object> extras, String path, int depth) {
        for (Map.Entry<String, Object> e : extras.entrySet()) {
            String name = e.getKey();
            if (name == null) throw new ReplicaFormatException(path, "an extra property needs a name, got null");
            if (ReplicaProperties.isReserved(name)) {
                throw new ReplicaFormatException(JsonPath.field(path, name), "\"" + name + "\" is a standard property and cannot also be an extra");
            }
            JsonNode value = ReplicaValues.toJson(e.getValue(), JsonPath.field(path, name), depth + 1);
            if (!value.isNull()) o.set(name, value);
        }
    }

    private static <V> Map<String, V> sorted(Map<String, V> map, String path) {
        if (map.containsKey(null)) throw new ReplicaFormatException(path, "a key must not be null");
        return new TreeMap<>(map);
    }

    private static void text(ObjectNode o, String name, String value) {
        if (value != null) o.put(name, value);
    }

    private static void instant(ObjectNode o, String name, Instant value) {
        if (value != null) o.put(name, value.toString());
    }

    private static void nonEmpty(ObjectNode o, String name, JsonNode value) {
        if (!value.isEmpty()) o.set(name, value);
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return "a " + value.getClass().getSimpleName() + " (" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + ")";
    }
}
