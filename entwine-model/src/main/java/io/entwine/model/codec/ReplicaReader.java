package io.entwine.model.codec;

import static io.entwine.model.ReplicaProperties.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubComponent;
import io.entwine.api.replica.HubSecurityLevel;
import io.entwine.api.replica.HubVersion;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubLabel;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubProject;
import io.entwine.api.replica.HubResolution;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON to HubIssue. Strict about shapes (every mismatch names its JSON path), lenient where the format says so:
 * a plain string for status, priority, resolution, type (the name) and project (the key), and a JSON null for
 * any property, which means "absent". Every top-level property that is not standard becomes an extra.
 */
final class ReplicaReader {
    private static final Pattern SCHEMA_VERSION = Pattern.compile("entwine/replica/v([0-9]+)");
    private static final String ROOT = JsonPath.ROOT;

    private ReplicaReader() {
    }

    static HubIssue issue(JsonNode root) {
        if (root == null || !root.isObject()) throw new ReplicaFormatException(ROOT, "expected an object");
        checkSchema(root.get(SCHEMA));
        HubIssue issue = new HubIssue();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            String name = e.getKey();
            JsonNode node = e.getValue();
            if (node.isNull() || name.equals(SCHEMA)) continue;
            String path = JsonPath.field(ROOT, name);
            switch (name) {
                case ID -> issue.setId(text(node, path));
                case KEY -> issue.setKey(text(node, path));
                case URL -> issue.setUrl(text(node, path));
                case SUMMARY -> issue.setSummary(text(node, path));
                case DESCRIPTION -> issue.setDescription(text(node, path));
                case STATUS -> issue.setStatus(named(node, path, HubStatus::new));
                case PRIORITY -> issue.setPriority(named(node, path, HubPriority::new));
                case RESOLUTION -> issue.setResolution(named(node, path, HubResolution::new));
                case TYPE -> issue.setType(named(node, path, HubIssueType::new));
                case PROJECT -> issue.setProject(project(node, path));
                case ASSIGNEE -> issue.setAssignee(user(node, path));
                case REPORTER -> issue.setReporter(user(node, path));
                case CREATOR -> issue.setCreator(user(node, path));
                case ASSIGNEES -> issue.setAssignees(users(node, path));
                case LABELS -> issue.setLabels(labels(node, path));
                case COMMENTS -> issue.setComments(comments(node, path));
                case CREATED -> issue.setCreated(instant(node, path));
                case UPDATED -> issue.setUpdated(instant(node, path));
                case PARENT_ID -> issue.setParentId(text(node, path));
                case ENVIRONMENT -> issue.setEnvironment(text(node, path));
                case WATCHERS -> issue.setWatchers(users(node, path));
                case COMPONENTS -> issue.setComponents(list(node, path, (n, p) -> new HubComponent(idOf(n, p), nameOf(n, p), descriptionOf(n, p))));
                case FIX_VERSIONS -> issue.setFixVersions(list(node, path, ReplicaReader::version));
                case AFFECTED_VERSIONS -> issue.setAffectedVersions(list(node, path, ReplicaReader::version));
                case DUE -> issue.setDue(instant(node, path));
                case RESOLUTION_DATE -> issue.setResolutionDate(instant(node, path));
                case ORIGINAL_ESTIMATE -> issue.setOriginalEstimate(seconds(node, path));
                case REMAINING_ESTIMATE -> issue.setRemainingEstimate(seconds(node, path));
                case TIME_SPENT -> issue.setTimeSpent(seconds(node, path));
                case ISSUE_LINKS -> issue.setIssueLinks(list(node, path, ObjectReader::issueLink));
                case ATTACHMENTS -> issue.setAttachments(list(node, path, ObjectReader::attachment));
                case WORK_LOGS -> issue.setWorkLogs(list(node, path, ObjectReader::workLog));
                case SECURITY_LEVEL -> issue.setSecurityLevel(named(node, path, HubSecurityLevel::new));
                case SPRINT -> issue.setSprint(ObjectReader.sprint(node, path));
                case AREA_PATH -> issue.setAreaPath(text(node, path));
                case ITERATION_PATH -> issue.setIterationPath(text(node, path));
                case TABLE_NAME -> issue.setTableName(text(node, path));
                case ENTITY_TYPE -> issue.setEntityType(text(node, path));
                case REPOSITORY -> issue.setRepository(text(node, path));
                case CUSTOM_FIELDS -> readCustomFields(node, path, issue.getCustomFields());
                case CUSTOM_KEYS -> readCustomKeys(node, path, issue.getCustomKeys());
                default -> issue.set(name, ReplicaValues.fromJson(node, path));
            }
        }
        return issue;
    }

    private static void checkSchema(JsonNode schema) {
        String path = JsonPath.field(ROOT, SCHEMA);
        if (schema == null || schema.isNull()) throw new ReplicaFormatException(path, "missing; this node reads \"" + ReplicaCodec.SCHEMA_V1 + "\"");
        if (!schema.isTextual()) throw new ReplicaFormatException(path, "expected a string");
        String value = schema.textValue();
        if (value.equals(ReplicaCodec.SCHEMA_V1)) return;
        Matcher version = SCHEMA_VERSION.matcher(value);
        if (version.matches() && new BigInteger(version.group(1)).compareTo(BigInteger.ONE) > 0) {
            throw ReplicaFormatException.unsupportedSchema(value);
        }
        throw new ReplicaFormatException(path, "expected \"" + ReplicaCodec.SCHEMA_V1 + "\", got " + shown(schema));
    }

    static String text(JsonNode node, String path) {
        if (node == null || node.isNull()) return null;
        if (!node.isTextual()) throw new ReplicaFormatException(path, "expected a string");
        return node.textValue();
    }

    static boolean bool(JsonNode node, String path) {
        if (node == null || node.isNull()) return false;
        if (!node.isBoolean()) throw new ReplicaFormatException(path, "expected a boolean");
        return node.booleanValue();
    }

    /** Instant text; an explicit offset ({@code +02:00}) is accepted and converted to UTC. */
    static Instant instant(JsonNode node, String path) {
        if (node == null || node.isNull()) return null;
        if (node.isTextual()) {
            try {
                return Instant.parse(node.textValue());
            } catch (DateTimeParseException notUtc) {
                try {
                    return OffsetDateTime.parse(node.textValue()).toInstant();
                } catch (DateTimeParseException ignored) {
                    // reported below with the value that was given
                }
            }
        }
        throw new ReplicaFormatException(path, "expected an ISO-8601 timestamp, got " + shown(node));
    }

    private static <T> T named(JsonNode node, String path, BiFunction<String, String, T> factory) {
        if (node.isTextual()) return factory.apply(null, node.textValue());
        if (!node.isObject() || node.get("name") == null || node.get("name").isNull()) {
            throw new ReplicaFormatException(path, "expected an object with \"name\"");
        }
        return factory.apply(text(node.get("id"), JsonPath.field(path, "id")), text(node.get("name"), JsonPath.field(path, "name")));
    }

    private static HubProject project(JsonNode node, String path) {
        if (node.isTextual()) return new HubProject(node.textValue(), null);
        if (!node.isObject()) throw new ReplicaFormatException(path, "expected an object with \"key\"");
        JsonNode versions = node.get("versions");
        JsonNode components = node.get("components");
        return new HubProject(text(node.get("key"), JsonPath.field(path, "key")), text(node.get("name"), JsonPath.field(path, "name")),
                versions == null || versions.isNull() ? List.of() : list(versions, JsonPath.field(path, "versions"), ReplicaReader::version),
                components == null || components.isNull() ? List.of()
                        : list(components, JsonPath.field(path, "components"), (n, p) -> new HubComponent(idOf(n, p), nameOf(n, p), descriptionOf(n, p))));
    }

    private static HubVersion version(JsonNode node, String path) {
        return new HubVersion(idOf(node, path), nameOf(node, path), descriptionOf(node, path));
    }

    /** A named part given as an object or, leniently, as its name. */
    private static String nameOf(JsonNode node, String path) {
        if (node.isTextual()) return node.textValue();
        if (!node.isObject() || node.get("name") == null || node.get("name").isNull()) {
            throw new ReplicaFormatException(path, "expected an object with \"name\"");
        }
        return text(node.get("name"), JsonPath.field(path, "name"));
    }

    private static String idOf(JsonNode node, String path) {
        return node.isObject() ? text(node.get("id"), JsonPath.field(path, "id")) : null;
    }

    private static String descriptionOf(JsonNode node, String path) {
        return node.isObject() ? text(node.get("description"), JsonPath.field(path, "description")) : null;
    }

    /** Every element of an array through {@code read}; a null element is refused. */
    static <T> List<T> list(JsonNode node, String path, BiFunction<JsonNode, String, T> read) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < array(node, path).size(); i++) {
            String itemPath = JsonPath.index(path, i);
            if (node.get(i).isNull()) throw new ReplicaFormatException(itemPath, "expected a value, got null");
            out.add(read.apply(node.get(i), itemPath));
        }
        return out;
    }

    private static Long seconds(JsonNode node, String path) {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) throw new ReplicaFormatException(path, "expected a whole number of seconds");
        return node.longValue();
    }

    static HubUser user(JsonNode node, String path) {
        if (node == null || node.isNull()) return null;
        if (!node.isObject()) throw new ReplicaFormatException(path, "expected a user object");
        JsonNode active = node.get("active");
        if (active != null && !active.isNull() && !active.isBoolean()) {
            throw new ReplicaFormatException(JsonPath.field(path, "active"), "expected a boolean");
        }
        return new HubUser(text(node.get("key"), JsonPath.field(path, "key")),
                text(node.get("username"), JsonPath.field(path, "username")),
                text(node.get("email"), JsonPath.field(path, "email")),
                text(node.get("displayName"), JsonPath.field(path, "displayName")),
                active == null || active.isNull() ? null : active.booleanValue());
    }

    private static List<HubUser> users(JsonNode node, String path) {
        List<HubUser> users = new ArrayList<>();
        for (int i = 0; i < array(node, path).size(); i++) {
            String itemPath = JsonPath.index(path, i);
            if (node.get(i).isNull()) throw new ReplicaFormatException(itemPath, "expected a user object");
            users.add(user(node.get(i), itemPath));
        }
        return users;
    }

    private static List<HubLabel> labels(JsonNode node, String path) {
        List<HubLabel> labels = new ArrayList<>();
        for (int i = 0; i < array(node, path).size(); i++) {
            String itemPath = JsonPath.index(path, i);
            JsonNode label = node.get(i);
            if (!label.isTextual()) throw new ReplicaFormatException(itemPath, "expected a string");
            if (label.textValue().isBlank()) throw new ReplicaFormatException(itemPath, "a label must not be blank");
            labels.add(new HubLabel(label.textValue()));
        }
        return labels;
    }

    private static List<HubComment> comments(JsonNode node, String path) {
        List<HubComment> comments = new ArrayList<>();
        for (int i = 0; i < array(node, path).size(); i++) {
            String itemPath = JsonPath.index(path, i);
            JsonNode c = node.get(i);
            if (!c.isObject()) throw new ReplicaFormatException(itemPath, "expected an object");
            HubComment comment = new HubComment(text(c.get("id"), JsonPath.field(itemPath, "id")),
                    text(c.get("body"), JsonPath.field(itemPath, "body")),
                    user(c.get("author"), JsonPath.field(itemPath, "author")),
                    instant(c.get("created"), JsonPath.field(itemPath, "created")),
                    instant(c.get("updated"), JsonPath.field(itemPath, "updated")));
            comment.setUpdateAuthor(user(c.get("updateAuthor"), JsonPath.field(itemPath, "updateAuthor")));
            comment.setInternal(bool(c.get("internal"), JsonPath.field(itemPath, "internal")));
            comment.setExecutor(user(c.get("executor"), JsonPath.field(itemPath, "executor")));
            comment.setRoleLevel(text(c.get("roleLevel"), JsonPath.field(itemPath, "roleLevel")));
            comment.setGroupLevel(text(c.get("groupLevel"), JsonPath.field(itemPath, "groupLevel")));
            comment.setRemoteId(text(c.get("remoteId"), JsonPath.field(itemPath, "remoteId")));
            comment.setLocalOnly(bool(c.get("localOnly"), JsonPath.field(itemPath, "localOnly")));
            comments.add(comment);
        }
        return comments;
    }

    private static void readCustomFields(JsonNode node, String path, Map<String, HubCustomField> into) {
        for (Map.Entry<String, JsonNode> e : object(node, path).properties()) {
            String fieldPath = JsonPath.field(path, e.getKey());
            JsonNode f = e.getValue();
            if (f.isNull()) continue;
            if (!f.isObject()) throw new ReplicaFormatException(fieldPath, "expected an object");
            String valuePath = JsonPath.field(fieldPath, "value");
            String type = text(f.get("type"), JsonPath.field(fieldPath, "type"));
            Object value = ReplicaValues.fromJson(f.get("value"), valuePath);
            try {
                into.put(e.getKey(), new HubCustomField(text(f.get("id"), JsonPath.field(fieldPath, "id")),
                        text(f.get("name"), JsonPath.field(fieldPath, "name")), type, value));
            } catch (IllegalArgumentException wrongShape) {
                throw new ReplicaFormatException(valuePath, "does not fit the field type \"" + type + "\": " + wrongShape.getMessage(), wrongShape);
            }
        }
    }

    private static void readCustomKeys(JsonNode node, String path, Map<String, Object> into) {
        for (Map.Entry<String, JsonNode> e : object(node, path).properties()) {
            if (e.getValue().isNull()) continue;
            into.put(e.getKey(), ReplicaValues.fromJson(e.getValue(), JsonPath.field(path, e.getKey())));
        }
    }

    static JsonNode array(JsonNode node, String path) {
        if (!node.isArray()) throw new ReplicaFormatException(path, "expected an array");
        return node;
    }

    static JsonNode object(JsonNode node, String path) {
        if (!node.isObject()) throw new ReplicaFormatException(path, "expected an object");
        return node;
    }

    private static String shown(JsonNode node) {
        String text = node.toString();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
