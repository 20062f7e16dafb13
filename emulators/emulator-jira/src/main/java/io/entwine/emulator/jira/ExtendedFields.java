package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The fields beyond the basics, for create and edit: {@code parent} (edit; create is {@link IssueFieldWriter}'s),
 * custom fields ({@code customfield_*}), {@code components}, {@code fixVersions}, {@code versions}, {@code duedate},
 * {@code environment}, {@code timetracking}, and through {@code update} only {@code worklog} and {@code issuelinks}.
 * Validates like {@link IssueFieldWriter} (Jira's messages, nothing written when anything is wrong) and applies
 * with changelog items for what actually changed. Called under the site's monitor.
 */
final class ExtendedFields {
    private static final Set<String> FIELDS = Set.of("components", "fixVersions", "versions", "duedate", "environment",
            "timetracking", "worklog", "issuelinks");

    private final JiraSite site;
    private final CustomFieldCodec codec;
    private final WorklogFields worklogs;
    private final LinkFields links;

    ExtendedFields(JiraSite site, IssueEvents events) {
        this.site = site;
        this.codec = new CustomFieldCodec(site.catalog);
        this.worklogs = new WorklogFields(site.issues);
        this.links = new LinkFields(site, events);
    }

    /** True for the fields this class handles; {@code parent} only on edit. */
    static boolean handles(String field, JiraIssue current) {
        return FIELDS.contains(field) || field.startsWith("customfield_") || (current != null && field.equals("parent"));
    }

    /** A value of the {@code fields} part; returns an error text or null. */
    String resolve(String field, JsonNode value, JiraIssue current, JiraProject project, Map<String, Object> values) {
        if (field.equals("worklog") || field.equals("issuelinks")) return String.format(IssueFieldWriter.CANNOT_SET, field);
        if (field.startsWith("customfield_")) {
            JiraField custom = site.catalog.fields.customField(field);
            if (custom == null || !custom.id().equals(field)) return String.format(IssueFieldWriter.CANNOT_SET, field);
            try {
                values.put(field, codec.resolve(custom, value));
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
        return switch (field) {
            case "parent" -> parent(value, current, values);
            case "components" -> items(field, value, project == null ? List.of() : site.catalog.fields.components(project), values, "Component");
            case "fixVersions", "versions" -> items(field, value, project == null ? List.of() : site.catalog.fields.versions(project), values, "Version");
            case "duedate" -> due(value, values);
            case "environment" -> {
                if (!value.isNull() && !AdfDocs.isDocument(value)) yield AdfDocs.NOT_A_DOCUMENT;
                values.put(field, value.isNull() ? null : value.deepCopy());
                yield null;
            }
            case "timetracking" -> timetracking(value, values);
            default -> String.format(IssueFieldWriter.CANNOT_SET, field);
        };
    }

    /** The operations of the {@code update} part; returns an error text or null. */
    String resolveOperations(String field, JsonNode operations, JiraIssue current, JiraProject project,
                             Map<String, Object> values, Function<String, JiraIssue> issues) {
        if (!operations.isArray()) return "Field '" + field + "': the update operations must be a list";
        for (JsonNode operation : operations) {
            if (!operation.isObject() || operation.size() != 1) return "Field '" + field + "': each update operation has exactly one verb";
        }
        if (field.equals("worklog")) {
            @SuppressWarnings("unchecked")
            List<WorklogFields.Pending> pending = (List<WorklogFields.Pending>) values.computeIfAbsent(field, f -> new ArrayList<WorklogFields.Pending>());
            return worklogs.resolve(operations, pending);
        }
        if (field.equals("issuelinks")) {
            @SuppressWarnings("unchecked")
            List<LinkFields.Pending> pending = (List<LinkFields.Pending>) values.computeIfAbsent(field, f -> new ArrayList<LinkFields.Pending>());
            return links.resolve(operations, current, pending, issues);
        }
        boolean listField = field.equals("components") || field.equals("fixVersions") || field.equals("versions");
        List<ProjectItem> working = listField ? new ArrayList<>(current == null ? List.of() : listOf(current, field)) : null;
        for (JsonNode operation : operations) {
            String verb = operation.fieldNames().next();
            JsonNode argument = operation.get(verb);
            if (verb.equals("set") || (verb.equals("edit") && field.equals("timetracking"))) {
                String error = resolve(field, argument, current, project, values);
                if (error != null) return error;
                if (listField) working = new ArrayList<>(itemsOf(values.get(field)));
            } else if (listField && (verb.equals("add") || verb.equals("remove"))) {
                com.fasterxml.jackson.databind.node.ArrayNode one = JiraJson.MAPPER.createArrayNode().add(argument);
                String error = resolve(field, one, current, project, values);
                if (error != null) return error;
                ProjectItem item = itemsOf(values.get(field)).get(0);
                if (verb.equals("add") && !working.contains(item)) working.add(item);
                if (verb.equals("remove")) working.remove(item);
            } else {
                return "Field '" + field + "' does not support update '" + verb + "'";
            }
        }
        if (listField) values.put(field, working);
        return null;
    }

    private String parent(JsonNode value, JiraIssue current, Map<String, Object> values) {
        if (!current.type.subtask()) return "Given parent work item does not belong to appropriate hierarchy.";
        String idOrKey = value.isObject() ? value.path("key").asText(value.path("id").asText(null)) : null;
        if (idOrKey == null) return "A sub-task needs a parent: give the parent's key or id.";
        JiraIssue parent;
        try {
            parent = site.issues.get(idOrKey);
        } catch (JiraError notFound) {
            return "Could not find issue by id or key.";
        }
        if (parent == current || parent.type.subtask() || parent.project != current.project) {
            return "Given parent work item does not belong to appropriate hierarchy.";
        }
        values.put("parent", parent);
        return null;
    }

    private static String items(String field, JsonNode value, List<ProjectItem> allowed, Map<String, Object> values, String what) {
        if (value.isNull()) {
            values.put(field, List.of());
            return null;
        }
        if (!value.isArray()) return "Operation value must be an array of " + what.toLowerCase() + "s";
        List<ProjectItem> out = new ArrayList<>();
        for (JsonNode ref : value) {
            String id = ref.path("id").asText(null);
            String name = ref.path("name").asText(null);
            ProjectItem item = SiteFields.item(allowed, id, name);
            if (item == null) return what + " name '" + (name != null ? name : id) + "' is not valid";
            if (!out.contains(item)) out.add(item);
        }
        values.put(field, out);
        return null;
    }

    private static String due(JsonNode value, Map<String, Object> values) {
        if (value.isNull() || value.asText("").isEmpty()) {
            values.put("duedate", null);
            return null;
        }
        try {
            values.put("duedate", LocalDate.parse(value.asText("")));
            return null;
        } catch (DateTimeParseException e) {
            return "Error parsing date string: " + value.asText();
        }
    }

    private static String timetracking(JsonNode value, Map<String, Object> values) {
        if (!value.isObject()) return "Time tracking must be an object with originalEstimate and/or remainingEstimate";
        Long[] estimates = new Long[2];
        String[] names = {"originalEstimate", "remainingEstimate"};
        for (int i = 0; i < 2; i++) {
            JsonNode v = value.get(names[i]);
            if (v == null || v.isNull()) continue;
            estimates[i] = JiraDurations.parse(v.asText());
            if (estimates[i] == null) return "The " + (i == 0 ? "original" : "remaining") + " estimate specified is not valid.";
        }
        values.put("timetracking", estimates);
        return null;
    }

    /** Writes one resolved value and returns the changelog items for what actually changed. */
    @SuppressWarnings("unchecked")
    List<ChangeItem> apply(JiraIssue issue, String field, Object value, JiraUser caller) {
        List<ChangeItem> items = new ArrayList<>();
        if (field.startsWith("customfield_")) {
            JiraField custom = site.catalog.fields.customField(field);
            Object before = issue.customValues.get(field);
            if (!Objects.equals(before, value)) {
                items.add(new ChangeItem(custom.name(), custom.id(), null, codec.text(custom, before), null, codec.text(custom, value)));
            }
            if (value == null) issue.customValues.remove(field);
            else issue.customValues.put(field, value);
            return items;
        }
        switch (field) {
            case "parent" -> {
                JiraIssue parent = (JiraIssue) value;
                if (issue.parent != parent) {
                    items.add(new ChangeItem("IssueParentAssociation", "parent", issue.parent == null ? null : issue.parent.id,
                            issue.parent == null ? null : issue.parent.key, parent.id, parent.key));
                }
                issue.parent = parent;
            }
            case "components" -> replace(issue.components, (List<ProjectItem>) value, "Component", field, items);
            case "fixVersions" -> replace(issue.fixVersions, (List<ProjectItem>) value, "Fix Version", field, items);
            case "versions" -> replace(issue.versions, (List<ProjectItem>) value, "Version", field, items);
            case "duedate" -> {
                LocalDate due = (LocalDate) value;
                if (!Objects.equals(issue.due, due)) {
                    items.add(new ChangeItem("duedate", "duedate", str(issue.due), str(issue.due), str(due), str(due)));
                }
                issue.due = due;
            }
            case "environment" -> {
                JsonNode doc = (JsonNode) value;
                if (!Objects.equals(normal(issue.environment), normal(doc))) {
                    items.add(new ChangeItem("environment", "environment", null, AdfDocs.plainText(issue.environment), null, AdfDocs.plainText(doc)));
                }
                issue.environment = doc;
            }
            case "timetracking" -> {
                Long[] estimates = (Long[]) value;
                if (estimates[0] != null && !estimates[0].equals(issue.originalEstimateSeconds)) {
                    items.add(seconds("timeoriginalestimate", issue.originalEstimateSeconds, estimates[0]));
                    issue.originalEstimateSeconds = estimates[0];
                }
                Long remaining = estimates[1] != null ? estimates[1]
                        : issue.remainingEstimateSeconds == null && estimates[0] != null ? Long.valueOf(Math.max(0, estimates[0] - WorklogFields.spent(issue))) : null;
                if (remaining != null && !remaining.equals(issue.remainingEstimateSeconds)) {
                    items.add(seconds("timeestimate", issue.remainingEstimateSeconds, remaining));
                    issue.remainingEstimateSeconds = remaining;
                }
            }
            case "worklog" -> items.addAll(worklogs.apply(issue, (List<WorklogFields.Pending>) value, caller.accountId()));
            case "issuelinks" -> items.addAll(links.apply(issue, (List<LinkFields.Pending>) value, caller));
            default -> throw new IllegalStateException("resolved an unknown field " + field);
        }
        return items;
    }

    private static ChangeItem seconds(String field, Long from, Long to) {
        return new ChangeItem(field, field, str(from), str(from), str(to), str(to));
    }

    private static void replace(List<ProjectItem> current, List<ProjectItem> wanted, String name, String fieldId, List<ChangeItem> items) {
        for (ProjectItem gone : current) if (!wanted.contains(gone)) items.add(new ChangeItem(name, fieldId, gone.id(), gone.name(), null, null));
        for (ProjectItem added : wanted) if (!current.contains(added)) items.add(new ChangeItem(name, fieldId, null, null, added.id(), added.name()));
        current.clear();
        current.addAll(wanted);
    }

    private static List<ProjectItem> listOf(JiraIssue issue, String field) {
        return switch (field) {
            case "components" -> issue.components;
            case "fixVersions" -> issue.fixVersions;
            default -> issue.versions;
        };
    }

    @SuppressWarnings("unchecked")
    private static List<ProjectItem> itemsOf(Object value) {
        return value == null ? List.of() : (List<ProjectItem>) value;
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static JsonNode normal(JsonNode doc) {
        return doc == null ? NullNode.getInstance() : doc;
    }
}
