package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Renders the fields {@link ExtendedFields} writes, plus {@code subtasks} and the time tracking totals, into an
 * issue's {@code fields} the way Jira Cloud shows them (empty custom fields as null, empty lists as []).
 */
final class ExtendedFieldsJson {
    private final JiraSite site;
    private final CustomFieldCodec codec;
    private final LinkFields links;

    ExtendedFieldsJson(JiraSite site) {
        this.site = site;
        this.codec = new CustomFieldCodec(site.catalog);
        this.links = new LinkFields(site, null);
    }

    void render(JiraIssue issue, FieldSelection selection, ObjectNode f, JiraJson json) {
        if (selection.includes("subtasks")) {
            ArrayNode subtasks = f.putArray("subtasks");
            for (JiraIssue other : site.issues.all()) if (other.parent == issue) subtasks.add(LinkFields.ref(other, json));
        }
        if (selection.includes("issuelinks")) f.set("issuelinks", links.render(issue, json));
        if (selection.includes("worklog")) f.set("worklog", WorklogFields.page(issue, json));
        if (selection.includes("components")) f.set("components", items(issue.components, "component", json, false));
        if (selection.includes("fixVersions")) f.set("fixVersions", items(issue.fixVersions, "version", json, true));
        if (selection.includes("versions")) f.set("versions", items(issue.versions, "version", json, true));
        if (selection.includes("duedate")) f.put("duedate", issue.due == null ? null : issue.due.toString());
        if (selection.includes("environment")) f.set("environment", issue.environment == null ? null : issue.environment.deepCopy());
        if (selection.includes("timetracking")) f.set("timetracking", WorklogFields.timetracking(issue));
        long spent = WorklogFields.spent(issue);
        if (selection.includes("timespent")) {
            if (spent > 0) f.put("timespent", spent);
            else f.putNull("timespent");
        }
        if (selection.includes("timeoriginalestimate")) f.put("timeoriginalestimate", issue.originalEstimateSeconds);
        if (selection.includes("timeestimate")) f.put("timeestimate", issue.remainingEstimateSeconds);
        for (JiraField custom : site.catalog.fields.customFields()) {
            if (selection.includesCustom(custom.id())) f.set(custom.id(), codec.render(custom, issue.customValues.get(custom.id()), json));
        }
    }

    /** Components (ProjectComponent) or versions (Version) as issue fields and project details show them. */
    static ArrayNode items(List<ProjectItem> items, String kind, JiraJson json, boolean version) {
        ArrayNode out = JiraJson.MAPPER.createArrayNode();
        for (ProjectItem item : items) {
            ObjectNode node = out.addObject();
            node.put("self", json.api(kind + "/" + item.id()));
            node.put("id", item.id());
            node.put("name", item.name());
            if (item.description() != null) node.put("description", item.description());
            if (version) {
                node.put("archived", false);
                node.put("released", false);
            }
        }
        return out;
    }
}
