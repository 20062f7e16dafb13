package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Validates the {@code fields} and {@code update} parts of a create or edit request the way Jira does:
 * one message per offending field, and nothing written when any field is wrong. The values it resolves
 * are written by {@link IssueFieldApplier}.
 */
final class IssueFieldWriter {
    static final String CANNOT_SET = "Field '%s' cannot be set. It is not on the appropriate screen, or unknown.";
    private static final Set<String> EDITABLE = Set.of("summary", "description", "priority", "labels", "assignee", "reporter", "issuetype");
    private static final Set<String> CREATE_ONLY = Set.of("project", "parent");

    private final Catalog catalog;
    private final Function<String, JiraIssue> issues;
    private final ExtendedFields extended;

    /** {@code issues} finds a parent by id or key (throwing {@link JiraError} when absent). */
    IssueFieldWriter(Catalog catalog, Function<String, JiraIssue> issues) {
        this(catalog, issues, null);
    }

    /** Also resolves the fields beyond the basics through {@code extended}. */
    IssueFieldWriter(Catalog catalog, Function<String, JiraIssue> issues, ExtendedFields extended) {
        this.catalog = catalog;
        this.issues = issues;
        this.extended = extended;
    }

    /**
     * Checks a request and returns the new value per field id (null values mean "clear").
     * {@code current} is null on create. Throws a 400 {@link JiraError} naming every wrong field.
     */
    Map<String, Object> resolve(JsonNode fields, JsonNode update, JiraIssue current) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        if (fields != null && !fields.isNull() && !fields.isObject()) throw JiraError.badRequest("'fields' must be an object");
        if (update != null && !update.isNull() && !update.isObject()) throw JiraError.badRequest("'update' must be an object");
        if (fields != null) {
            // the project first: components and versions are looked up in it
            if (fields.has("project")) resolveOne("project", fields.get("project"), current, values, errors);
            for (Map.Entry<String, JsonNode> e : fields.properties()) {
                if (!e.getKey().equals("project")) resolveOne(e.getKey(), e.getValue(), current, values, errors);
            }
        }
        if (update != null) {
            for (Map.Entry<String, JsonNode> e : update.properties()) {
                String field = e.getKey();
                if (fields != null && fields.has(field)) {
                    errors.put(field, "Field '" + field + "' cannot be set in both 'fields' and 'update'.");
                    continue;
                }
                resolveOperations(field, e.getValue(), current, values, errors);
            }
        }
        if (current == null) requireForCreate(values, errors);
        if (!errors.isEmpty()) throw JiraError.fields(errors);
        return values;
    }

    private void requireForCreate(Map<String, Object> values, Map<String, String> errors) {
        if (!values.containsKey("project") && !errors.containsKey("project")) errors.put("project", "Specify a valid project ID or key");
        if (!values.containsKey("issuetype") && !errors.containsKey("issuetype")) errors.put("issuetype", "Specify an issue type");
        if (!values.containsKey("summary") && !errors.containsKey("summary")) errors.put("summary", "You must specify a summary of the issue.");
        JiraIssueType type = (JiraIssueType) values.get("issuetype");
        if (type != null && type.subtask() && values.get("parent") == null && !errors.containsKey("parent")) {
            errors.put("parent", "Given parent work item does not belong to appropriate hierarchy.");
        }
        if (type != null && !type.subtask() && values.get("parent") != null) {
            errors.put("parent", "Given parent work item does not belong to appropriate hierarchy.");
        }
    }

    private void resolveOne(String field, JsonNode value, JiraIssue current, Map<String, Object> values, Map<String, String> errors) {
        if (extended != null && ExtendedFields.handles(field, current)) {
            String error = extended.resolve(field, value, current, projectOf(current, values), values);
            if (error != null) errors.put(field, error);
            return;
        }
        boolean known = EDITABLE.contains(field) || (current == null && CREATE_ONLY.contains(field));
        if (!known) {
            errors.put(field, String.format(CANNOT_SET, field));
            return;
        }
        String error = switch (field) {
            case "summary" -> summary(value, values);
            case "description" -> description(value, values);
            case "priority" -> priority(value, values);
            case "labels" -> labels(value, values);
            case "assignee", "reporter" -> user(field, value, values);
            case "issuetype" -> issueType(value, current, values);
            case "project" -> project(value, values);
            case "parent" -> parent(value, values);
            default -> String.format(CANNOT_SET, field);
        };
        if (error != null) errors.put(field, error);
    }

    private static JiraProject projectOf(JiraIssue current, Map<String, Object> values) {
        return current != null ? current.project : (JiraProject) values.get("project");
    }

    private void resolveOperations(String field, JsonNode operations, JiraIssue current, Map<String, Object> values, Map<String, String> errors) {
        if (extended != null && ExtendedFields.handles(field, current)) {
            String error = extended.resolveOperations(field, operations, current, projectOf(current, values), values, issues);
            if (error != null) errors.put(field, error);
            return;
        }
        if (!EDITABLE.contains(field)) {
            errors.put(field, String.format(CANNOT_SET, field));
            return;
        }
        if (!operations.isArray()) {
            errors.put(field, "Field '" + field + "': the update operations must be a list");
            return;
        }
        Set<String> labels = new LinkedHashSet<>(current == null ? List.of() : current.labels);
        for (JsonNode operation : operations) {
            if (!operation.isObject() || operation.size() != 1) {
                errors.put(field, "Field '" + field + "': each update operation has exactly one verb");
                return;
            }
            String verb = operation.fieldNames().next();
            JsonNode argument = operation.get(verb);
            if (field.equals("labels")) {
                String error = labelOperation(verb, argument, labels);
                if (error != null) {
                    errors.put(field, error);
                    return;
                }
            } else if (verb.equals("set")) {
                resolveOne(field, argument, current, values, errors);
            } else {
                errors.put(field, "Field '" + field + "' does not support update '" + verb + "'");
                return;
            }
        }
        if (field.equals("labels")) values.put("labels", new ArrayList<>(labels));
    }

    private static String labelOperation(String verb, JsonNode argument, Set<String> labels) {
        switch (verb) {
            case "add", "remove" -> {
                String label = argument.isTextual() ? argument.asText() : null;
                String error = labelError(label);
                if (error != null) return error;
                if (verb.equals("add")) labels.add(label);
                else labels.remove(label);
                return null;
            }
            case "set" -> {
                if (!argument.isArray()) return "Operation value must be an array of strings";
                labels.clear();
                for (JsonNode l : argument) {
                    String error = labelError(l.isTextual() ? l.asText() : null);
                    if (error != null) return error;
                    labels.add(l.asText());
                }
                return null;
            }
            default -> {
                return "Field 'labels' does not support update '" + verb + "'";
            }
        }
    }

    private static String labelError(String label) {
        if (label == null || label.isBlank()) return "Operation value must be a string";
        if (label.chars().anyMatch(Character::isWhitespace)) return "The label '" + label + "' contains spaces which is invalid.";
        if (label.length() > 255) return "The label '" + label + "' exceeds the 255 character limit.";
        return null;
    }

    private static String summary(JsonNode value, Map<String, Object> values) {
        if (!value.isTextual() || value.asText().isBlank()) return "You must specify a summary of the issue.";
        if (value.asText().contains("\n")) return "The summary is invalid because it contains newline characters.";
        if (value.asText().length() > 255) return "Summary must be less than 255 characters.";
        values.put("summary", value.asText());
        return null;
    }

    private static String description(JsonNode value, Map<String, Object> values) {
        if (value.isNull()) {
            values.put("description", null);
            return null;
        }
        if (!AdfDocs.isDocument(value)) return AdfDocs.NOT_A_DOCUMENT;
        values.put("description", value.deepCopy());
        return null;
    }

    private String priority(JsonNode value, Map<String, Object> values) {
        if (!value.isObject() || !(value.hasNonNull("id") || value.hasNonNull("name"))) {
            return "Specify the Priority (id or name) in the string format";
        }
        JiraPriority priority = catalog.priority(value.path("id").asText(null), value.path("name").asText(null));
        if (priority == null) return "The priority selected is invalid.";
        values.put("priority", priority);
        return null;
    }

    private static String labels(JsonNode value, Map<String, Object> values) {
        if (!value.isArray()) return "Operation value must be an array of strings";
        Set<String> labels = new LinkedHashSet<>();
        for (JsonNode l : value) {
            String error = labelError(l.isTextual() ? l.asText() : null);
            if (error != null) return error;
            labels.add(l.asText());
        }
        values.put("labels", new ArrayList<>(labels));
        return null;
    }

    private String user(String field, JsonNode value, Map<String, Object> values) {
        if (value.isNull()) {
            if (field.equals("reporter")) return "Reporter is required.";
            values.put(field, null);
            return null;
        }
        if (!value.isObject() || !value.path("accountId").isTextual()) return "Specify the user by accountId";
        String accountId = value.get("accountId").asText();
        if (field.equals("assignee") && accountId.equals("-1")) {
            values.put(field, null); // "-1" asks for the project's default assignee, which is "unassigned" here
            return null;
        }
        if (catalog.user(accountId) == null) {
            return field.equals("assignee") ? "User '" + accountId + "' cannot be assigned issues." : "Specified reporter is not a user.";
        }
        values.put(field, accountId);
        return null;
    }

    private String issueType(JsonNode value, JiraIssue current, Map<String, Object> values) {
        if (!value.isObject() || !(value.hasNonNull("id") || value.hasNonNull("name"))) return "Specify an issue type";
        JiraIssueType type = catalog.issueType(value.path("id").asText(null), value.path("name").asText(null));
        if (type == null) return "The issue type selected is invalid.";
        if (current != null && type.subtask() != current.type.subtask()) {
            return "Issue type '" + type.name() + "' is in a different hierarchy level; move the issue instead.";
        }
        values.put("issuetype", type);
        return null;
    }

    private String project(JsonNode value, Map<String, Object> values) {
        String idOrKey = value.isObject() ? value.path("key").asText(value.path("id").asText(null)) : null;
        JiraProject project = catalog.project(idOrKey);
        if (project == null) return "Specify a valid project ID or key";
        values.put("project", project);
        return null;
    }

    private String parent(JsonNode value, Map<String, Object> values) {
        String idOrKey = value.isObject() ? value.path("key").asText(value.path("id").asText(null)) : null;
        if (idOrKey == null) return "Could not find issue by id or key.";
        try {
            values.put("parent", issues.apply(idOrKey));
            return null;
        } catch (JiraError notFound) {
            return "Could not find issue by id or key.";
        }
    }
}
