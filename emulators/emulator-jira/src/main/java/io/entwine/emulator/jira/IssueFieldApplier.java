package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes values {@link IssueFieldWriter} resolved into an issue and reports what actually changed as
 * changelog items (ids in from/to, display text in the strings), so an edit that changes nothing
 * leaves no trace.
 */
final class IssueFieldApplier {
    private final Catalog catalog;
    private final ExtendedFields extended;

    IssueFieldApplier(Catalog catalog) {
        this(catalog, null);
    }

    IssueFieldApplier(Catalog catalog, ExtendedFields extended) {
        this.catalog = catalog;
        this.extended = extended;
    }

    /** Writes resolved values into the issue and returns the changelog items for what actually changed. */
    List<ChangeItem> apply(JiraIssue issue, Map<String, Object> values) {
        return apply(issue, values, null);
    }

    /** As {@link #apply(JiraIssue, Map)}; {@code caller} authors work logs and links. */
    List<ChangeItem> apply(JiraIssue issue, Map<String, Object> values, JiraUser caller) {
        List<ChangeItem> items = new ArrayList<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Object value = e.getValue();
            switch (e.getKey()) {
                case "summary" -> {
                    if (!Objects.equals(issue.summary, value)) items.add(new ChangeItem("summary", "summary", null, issue.summary, null, (String) value));
                    issue.summary = (String) value;
                }
                case "description" -> {
                    JsonNode doc = (JsonNode) value;
                    if (!Objects.equals(normal(issue.description), normal(doc))) {
                        items.add(new ChangeItem("description", "description", null, AdfDocs.plainText(issue.description), null, AdfDocs.plainText(doc)));
                    }
                    issue.description = doc;
                }
                case "priority" -> {
                    JiraPriority p = (JiraPriority) value;
                    if (!Objects.equals(issue.priority, p)) {
                        items.add(new ChangeItem("priority", "priority", id(issue.priority), name(issue.priority), p.id(), p.name()));
                    }
                    issue.priority = p;
                }
                case "labels" -> {
                    @SuppressWarnings("unchecked") List<String> labels = (List<String>) value;
                    if (!issue.labels.equals(labels)) {
                        items.add(new ChangeItem("labels", "labels", null, String.join(" ", issue.labels), null, String.join(" ", labels)));
                    }
                    issue.labels.clear();
                    issue.labels.addAll(labels);
                }
                case "assignee" -> {
                    if (!Objects.equals(issue.assigneeAccountId, value)) items.add(userChange("assignee", issue.assigneeAccountId, (String) value));
                    issue.assigneeAccountId = (String) value;
                }
                case "reporter" -> {
                    if (!Objects.equals(issue.reporterAccountId, value)) items.add(userChange("reporter", issue.reporterAccountId, (String) value));
                    issue.reporterAccountId = (String) value;
                }
                case "issuetype" -> {
                    JiraIssueType t = (JiraIssueType) value;
                    if (issue.type != null && !issue.type.equals(t)) {
                        items.add(new ChangeItem("issuetype", "issuetype", issue.type.id(), issue.type.name(), t.id(), t.name()));
                    }
                    issue.type = t;
                }
                case "parent" -> {
                    if (issue.parent == null) issue.parent = (JiraIssue) value; // creation
                    else items.addAll(extended.apply(issue, "parent", value, caller));
                }
                case "project" -> { } // fixed at creation
                default -> {
                    if (extended == null) throw new IllegalStateException("resolved an unknown field " + e.getKey());
                    items.addAll(extended.apply(issue, e.getKey(), value, caller));
                }
            }
        }
        return items;
    }

    private ChangeItem userChange(String field, String fromId, String toId) {
        return new ChangeItem(field, field, fromId, displayName(fromId), toId, displayName(toId));
    }

    private String displayName(String accountId) {
        JiraUser user = catalog.user(accountId);
        return user == null ? null : user.displayName();
    }

    private static JsonNode normal(JsonNode doc) {
        return doc == null ? NullNode.getInstance() : doc;
    }

    private static String id(JiraPriority p) {
        return p == null ? null : p.id();
    }

    private static String name(JiraPriority p) {
        return p == null ? null : p.name();
    }
}
