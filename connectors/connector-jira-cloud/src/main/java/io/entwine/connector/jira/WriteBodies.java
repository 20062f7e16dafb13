package io.entwine.connector.jira;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.connector.FieldChanges;
import io.entwine.api.errors.EntityException;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubLabel;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubUser;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the request bodies of Jira Cloud writes from replica values: create and edit {@code fields},
 * comment bodies. Text goes out as ADF; labels lose their whitespace (Jira refuses labels with spaces,
 * so {@code good first issue} becomes {@code good_first_issue}). Thread-safe.
 */
final class WriteBodies {
    /** The FieldChanges keys an edit can write. */
    static final Set<String> EDITABLE = Set.of("summary", "description", "priority", "labels", "assignee", "assignees");

    private final TextCodec text;
    private final JiraDirectory directory;
    private final ExtendedFields extended;

    WriteBodies(TextCodec text, JiraDirectory directory) {
        this(text, directory, null);
    }

    /** Also writes the fields beyond the basics through {@code extended}. */
    WriteBodies(TextCodec text, JiraDirectory directory, ExtendedFields extended) {
        this.text = text;
        this.directory = directory;
        this.extended = extended;
    }

    ObjectNode create(HubIssue draft, String projectKey, String defaultType) {
        if (draft.getSummary() == null || draft.getSummary().isBlank()) {
            throw new EntityException("cannot create a Jira issue in " + projectKey + " without a summary");
        }
        ObjectNode body = JiraApi.JSON.createObjectNode();
        ObjectNode fields = body.putObject("fields");
        fields.putObject("project").put("key", projectKey);
        ObjectNode type = fields.putObject("issuetype");
        if (draft.getType() != null && draft.getType().name() != null) type.put("name", draft.getType().name());
        else if (draft.getType() != null && draft.getType().id() != null) type.put("id", draft.getType().id());
        else type.put("name", defaultType);
        fields.put("summary", draft.getSummary());
        if (draft.getDescription() != null) fields.set("description", text.toAdf(draft.getDescription()));
        if (draft.getPriority() != null) fields.set("priority", priority(draft.getPriority()));
        if (!draft.getLabels().isEmpty()) fields.set("labels", labels(draft.getLabels()));
        HubUser assignee = draft.getAssignee() != null ? draft.getAssignee()
                : draft.getAssignees().isEmpty() ? null : draft.getAssignees().get(0);
        if (assignee != null) fields.putObject("assignee").put("accountId", directory.accountId(assignee, "assignee"));
        if (draft.getParentId() != null) fields.putObject("parent").put("key", draft.getParentId());
        if (extended != null) extended.create(draft, projectKey, fields, body);
        return body;
    }

    /** The edit body for these changes; an {@link EntityException} naming every field Jira cannot take. */
    ObjectNode edit(String key, FieldChanges changes) {
        Set<String> unknown = new TreeSet<>(changes.fields());
        unknown.removeAll(EDITABLE);
        if (extended != null) unknown.removeAll(ExtendedFields.WRITES);
        if (!unknown.isEmpty()) {
            Set<String> writable = new TreeSet<>(EDITABLE);
            if (extended != null) writable.addAll(ExtendedFields.WRITES);
            throw new EntityException("the Jira Cloud connector cannot write " + String.join(", ", unknown) + " of " + key
                    + "; it writes " + String.join(", ", writable));
        }
        ObjectNode body = JiraApi.JSON.createObjectNode();
        ObjectNode fields = body.putObject("fields");
        ObjectNode update = JiraApi.JSON.createObjectNode();
        for (String field : changes.fields()) {
            Object value = changes.get(field);
            switch (field) {
                case "summary" -> {
                    if (value == null || String.valueOf(value).isBlank()) throw new EntityException("the summary of " + key + " cannot be blank in Jira");
                    fields.put("summary", String.valueOf(value));
                }
                case "description" -> fields.set("description", value == null ? null : text.toAdf(String.valueOf(value)));
                case "priority" -> {
                    if (value == null) throw new EntityException("Jira cannot clear the priority of " + key);
                    fields.set("priority", priority(value instanceof HubPriority p ? p : HubPriority.named(String.valueOf(value))));
                }
                case "labels" -> fields.set("labels", labels(value == null ? List.of() : (Collection<?>) value));
                case "assignee" -> assignee(fields, (HubUser) value);
                case "assignees" -> {
                    List<?> users = value == null ? List.of() : new ArrayList<>((Collection<?>) value);
                    if (users.size() > 1) throw new EntityException("a Jira issue has one assignee; " + key + " was given " + users.size());
                    if (!changes.has("assignee")) assignee(fields, users.isEmpty() ? null : (HubUser) users.get(0));
                }
                default -> extended.write(key, field, value, changes, fields, update);
            }
        }
        if (!update.isEmpty()) body.set("update", update);
        return body;
    }

    ObjectNode comment(String markdown) {
        ObjectNode body = JiraApi.JSON.createObjectNode();
        body.set("body", text.toAdf(markdown == null ? "" : markdown));
        return body;
    }

    /** The label as Jira stores it: whitespace runs become underscores. */
    static String label(String label) {
        return label.strip().replaceAll("\\s+", "_");
    }

    private void assignee(ObjectNode fields, HubUser user) {
        if (user == null) fields.putNull("assignee");
        else fields.putObject("assignee").put("accountId", directory.accountId(user, "assignee"));
    }

    private static ObjectNode priority(HubPriority priority) {
        ObjectNode node = JiraApi.JSON.createObjectNode();
        if (priority.name() != null) node.put("name", priority.name());
        else node.put("id", priority.id());
        return node;
    }

    private static ArrayNode labels(Collection<?> labels) {
        ArrayNode out = JiraApi.JSON.createArrayNode();
        for (Object l : labels) {
            String name = l instanceof HubLabel h ? h.label() : String.valueOf(l);
            String stored = label(name);
            boolean seen = false;
            for (var existing : out) seen |= existing.asText().equals(stored);
            if (!stored.isEmpty() && !seen) out.add(stored);
        }
        return out;
    }
}
