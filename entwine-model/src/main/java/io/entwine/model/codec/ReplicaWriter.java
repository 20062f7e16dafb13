package io.entwine.model.codec;

import static io.entwine.model.ReplicaProperties.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubComponent;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueLink;
import io.entwine.api.replica.HubLabel;
import io.entwine.api.replica.HubUser;
import io.entwine.api.replica.HubVersion;
import io.entwine.api.replica.HubWorkLog;
import io.entwine.model.ReplicaProperties;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * HubIssue to canonical JSON: fixed property order, nulls and empty lists/maps left out, {@code customFields}
 * and {@code customKeys} sorted by key (their insertion order carries no meaning, and equal replicas must give
 * identical bytes), extras in insertion order. Scripts can put anything into the live lists and maps, so every
 * element is type-checked here (after {@link io.entwine.api.replica.ReplicaConvertible} conversion) and refused
 * with its path.
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
        if (issue.getStatus() != null) o.set(STATUS, ObjectWriter.named(issue.getStatus().id(), issue.getStatus().name(), JsonPath.field(path, STATUS)));
        if (issue.getPriority() != null) o.set(PRIORITY, ObjectWriter.named(issue.getPriority().id(), issue.getPriority().name(), JsonPath.field(path, PRIORITY)));
        if (issue.getResolution() != null) o.set(RESOLUTION, ObjectWriter.named(issue.getResolution().id(), issue.getResolution().name(), JsonPath.field(path, RESOLUTION)));
        if (issue.getType() != null) o.set(TYPE, ObjectWriter.named(issue.getType().id(), issue.getType().name(), JsonPath.field(path, TYPE)));
        if (issue.getProject() != null) o.set(PROJECT, ObjectWriter.project(issue.getProject(), JsonPath.field(path, PROJECT)));
        if (issue.getAssignee() != null) o.set(ASSIGNEE, ObjectWriter.user(issue.getAssignee()));
        if (issue.getReporter() != null) o.set(REPORTER, ObjectWriter.user(issue.getReporter()));
        if (issue.getCreator() != null) o.set(CREATOR, ObjectWriter.user(issue.getCreator()));
        nonEmpty(o, ASSIGNEES, users(issue.getAssignees(), JsonPath.field(path, ASSIGNEES)));
        nonEmpty(o, LABELS, labels(issue.getLabels(), JsonPath.field(path, LABELS)));
        nonEmpty(o, COMMENTS, each(issue.getComments(), JsonPath.field(path, COMMENTS), HubComment.class, "a comment",
                (c, p) -> ObjectWriter.comment(c)));
        instant(o, CREATED, issue.getCreated());
        instant(o, UPDATED, issue.getUpdated());
        text(o, PARENT_ID, issue.getParentId());
        text(o, ENVIRONMENT, issue.getEnvironment());
        nonEmpty(o, WATCHERS, users(issue.getWatchers(), JsonPath.field(path, WATCHERS)));
        nonEmpty(o, COMPONENTS, each(issue.getComponents(), JsonPath.field(path, COMPONENTS), HubComponent.class, "a component",
                ObjectWriter::component));
        nonEmpty(o, FIX_VERSIONS, each(issue.getFixVersions(), JsonPath.field(path, FIX_VERSIONS), HubVersion.class, "a version",
                ObjectWriter::version));
        nonEmpty(o, AFFECTED_VERSIONS, each(issue.getAffectedVersions(), JsonPath.field(path, AFFECTED_VERSIONS), HubVersion.class,
                "a version", ObjectWriter::version));
        instant(o, DUE, issue.getDue());
        instant(o, RESOLUTION_DATE, issue.getResolutionDate());
        number(o, ORIGINAL_ESTIMATE, issue.getOriginalEstimate());
        number(o, REMAINING_ESTIMATE, issue.getRemainingEstimate());
        number(o, TIME_SPENT, issue.getTimeSpent());
        nonEmpty(o, ISSUE_LINKS, each(issue.getIssueLinks(), JsonPath.field(path, ISSUE_LINKS), HubIssueLink.class, "an issue link",
                (l, p) -> ObjectWriter.issueLink(l)));
        nonEmpty(o, ATTACHMENTS, each(issue.getAttachments(), JsonPath.field(path, ATTACHMENTS), HubAttachment.class, "an attachment",
                (a, p) -> ObjectWriter.attachment(a)));
        nonEmpty(o, WORK_LOGS, each(issue.getWorkLogs(), JsonPath.field(path, WORK_LOGS), HubWorkLog.class, "a work log",
                (w, p) -> ObjectWriter.workLog(w)));
        if (issue.getSecurityLevel() != null) {
            o.set(SECURITY_LEVEL, ObjectWriter.named(issue.getSecurityLevel().id(), issue.getSecurityLevel().name(), JsonPath.field(path, SECURITY_LEVEL)));
        }
        if (issue.getSprint() != null) o.set(SPRINT, ObjectWriter.sprint(issue.getSprint()));
        text(o, AREA_PATH, issue.getAreaPath());
        text(o, ITERATION_PATH, issue.getIterationPath());
        text(o, TABLE_NAME, issue.getTableName());
        text(o, ENTITY_TYPE, issue.getEntityType());
        text(o, REPOSITORY, issue.getRepository());
        nonEmpty(o, CUSTOM_FIELDS, customFields(issue.getCustomFields(), JsonPath.field(path, CUSTOM_FIELDS), depth));
        nonEmpty(o, CUSTOM_KEYS, customKeys(issue.getCustomKeys(), JsonPath.field(path, CUSTOM_KEYS), depth));
        extras(o, issue.extras(), path, depth);
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
        return each(users, path, HubUser.class, "a user", (u, p) -> ObjectWriter.user(u));
    }

    /** Every non-null element of a live list, converted and type-checked, in order. */
    private static <T> ArrayNode each(List<?> items, String path, Class<T> type, String what, BiFunction<T, String, JsonNode> write) {
        ArrayNode a = Json.NODES.arrayNode();
        for (int i = 0; i < items.size(); i++) {
            Object item = ReplicaValues.unwrap(items.get(i));
            if (item == null) continue;
            String itemPath = JsonPath.index(path, i);
            if (!type.isInstance(item)) {
                if (item instanceof CharSequence s && type == HubComponent.class) item = HubComponent.named(s.toString());
                else if (item instanceof CharSequence s && type == HubVersion.class) item = HubVersion.named(s.toString());
                else throw new ReplicaFormatException(itemPath, "expected " + what + ", got " + describe(item));
            }
            a.add(write.apply(type.cast(item), itemPath));
        }
        return a;
    }

    /** Labels are a set: duplicates are written once, in first-seen order. A plain string is a label too. */
    private static ArrayNode labels(List<?> labels, String path) {
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            Object label = ReplicaValues.unwrap(labels.get(i));
            if (label == null) continue;
            if (label instanceof HubLabel l) distinct.add(l.label());
            else if (label instanceof CharSequence s && !s.toString().isBlank()) distinct.add(s.toString());
            else throw new ReplicaFormatException(JsonPath.index(path, i), "expected a label, got " + describe(label));
        }
        ArrayNode a = Json.NODES.arrayNode();
        distinct.forEach(a::add);
        return a;
    }

    /** Scripts may put a bare value ({@code customFields."Story Points" = 5}); it means a field with that name and value. */
    private static ObjectNode customFields(Map<String, ?> fields, String path, int depth) {
        ObjectNode o = Json.NODES.objectNode();
        for (Map.Entry<String, ?> e : sorted(fields, path).entrySet()) {
            String fieldPath = JsonPath.field(path, e.getKey());
            Object value = ReplicaValues.unwrap(e.getValue());
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
        ObjectWriter.text(o, name, value);
    }

    private static void instant(ObjectNode o, String name, java.time.Instant value) {
        ObjectWriter.instant(o, name, value);
    }

    private static void number(ObjectNode o, String name, Long value) {
        if (value != null) o.put(name, value);
    }

    private static void nonEmpty(ObjectNode o, String name, JsonNode value) {
        if (!value.isEmpty()) o.set(name, value);
    }

    static String describe(Object value) {
        String text = String.valueOf(value);
        return "a " + value.getClass().getSimpleName() + " (" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + ")";
    }
}
