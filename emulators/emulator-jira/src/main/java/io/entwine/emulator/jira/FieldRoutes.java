package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code GET /rest/api/3/field}: the system fields the emulator knows and the site's custom fields, with their schemas. */
final class FieldRoutes {
    /** id, name, schema type, items (or null). */
    private static final String[][] SYSTEM = {
            {"summary", "Summary", "string", null}, {"description", "Description", "string", null},
            {"environment", "Environment", "string", null}, {"status", "Status", "status", null},
            {"priority", "Priority", "priority", null}, {"resolution", "Resolution", "resolution", null},
            {"issuetype", "Issue Type", "issuetype", null}, {"project", "Project", "project", null},
            {"assignee", "Assignee", "user", null}, {"reporter", "Reporter", "user", null}, {"creator", "Creator", "user", null},
            {"labels", "Labels", "array", "string"}, {"components", "Components", "array", "component"},
            {"fixVersions", "Fix versions", "array", "version"}, {"versions", "Affects versions", "array", "version"},
            {"duedate", "Due date", "date", null}, {"created", "Created", "datetime", null}, {"updated", "Updated", "datetime", null},
            {"resolutiondate", "Resolved", "datetime", null}, {"timetracking", "Time tracking", "timetracking", null},
            {"timespent", "Time Spent", "number", null}, {"timeoriginalestimate", "Original estimate", "number", null},
            {"timeestimate", "Remaining Estimate", "number", null}, {"worklog", "Log Work", "array", "worklog"},
            {"issuelinks", "Linked Issues", "array", "issuelinks"}, {"parent", "Parent", "issuelink", null},
            {"subtasks", "Sub-tasks", "array", "issuelinks"}, {"comment", "Comment", "comments-page", null}};

    private final JiraSite site;

    FieldRoutes(JiraSite site) {
        this.site = site;
    }

    void register(RoutesConfig routes) {
        routes.get("/rest/api/3/field", this::fields);
    }

    private void fields(Context ctx) {
        JiraRequest.caller(ctx);
        ArrayNode body = JiraJson.MAPPER.createArrayNode();
        for (String[] f : SYSTEM) {
            ObjectNode node = field(body, f[0], f[1], false);
            ObjectNode schema = node.putObject("schema");
            schema.put("type", f[2]);
            if (f[3] != null) schema.put("items", f[3]);
            schema.put("system", f[0]);
        }
        synchronized (site) {
            for (JiraField custom : site.catalog.fields.customFields()) {
                ObjectNode node = field(body, custom.id(), custom.name(), true);
                node.putArray("clauseNames").add("cf[" + custom.customId() + "]").add(custom.name());
                ObjectNode schema = node.putObject("schema");
                schema.put("type", custom.type().schemaType);
                if (custom.type().items != null) schema.put("items", custom.type().items);
                schema.put("custom", custom.type().custom);
                schema.put("customId", custom.customId());
            }
        }
        JiraEmulator.answer(ctx, 200, body);
    }

    private static ObjectNode field(ArrayNode body, String id, String name, boolean custom) {
        ObjectNode node = body.addObject();
        node.put("id", id);
        node.put("key", id);
        node.put("name", name);
        node.put("custom", custom);
        node.put("orderable", true);
        node.put("navigable", true);
        node.put("searchable", true);
        if (!custom) node.putArray("clauseNames").add(id);
        return node;
    }
}
