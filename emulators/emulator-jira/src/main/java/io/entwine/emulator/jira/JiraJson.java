package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Renders the site's state in the shapes of Jira Cloud REST v3 (IssueBean, Comment, UserDetails,
 * StatusDetails...), with {@code self} links under the site URL and timestamps in the viewer's time zone.
 * Objects whose official schema forbids additional properties carry only the properties it names.
 */
final class JiraJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private final String base;
    private final ZoneId zone;
    private final Catalog catalog;
    private JiraSite site;

    JiraJson(String base, ZoneId zone, Catalog catalog) {
        this.base = base;
        this.zone = zone;
        this.catalog = catalog;
    }

    /** Lets the rendering show what needs the whole site (sub-tasks, links, custom fields). */
    JiraJson with(JiraSite site) {
        this.site = site;
        return this;
    }

    String api(String path) {
        return base + "/rest/api/3/" + path;
    }

    String time(Instant instant) {
        return JiraTime.format(instant, zone);
    }

    /** UserDetails (and the common part of User); null when the account is unknown. */
    ObjectNode user(String accountId) {
        JiraUser user = catalog.user(accountId);
        return user == null ? null : user(user);
    }

    ObjectNode user(JiraUser user) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("self", api("user?accountId=" + URLEncoder.encode(user.accountId(), StandardCharsets.UTF_8)));
        node.put("accountId", user.accountId());
        node.put("emailAddress", user.email());
        ObjectNode avatars = node.putObject("avatarUrls");
        for (String size : List.of("48x48", "24x24", "16x16", "32x32")) avatars.put(size, base + "/images/avatar/" + size + ".png");
        node.put("displayName", user.displayName());
        node.put("active", true);
        node.put("timeZone", user.timeZone().getId());
        node.put("accountType", "atlassian");
        return node;
    }

    ObjectNode statusCategory(StatusCategory category) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("self", api("statuscategory/" + category.id));
        node.put("id", category.id);
        node.put("key", category.key);
        node.put("colorName", category.colorName);
        node.put("name", category.displayName);
        return node;
    }

    ObjectNode status(JiraStatus status) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("self", api("status/" + status.id()));
        node.put("description", status.description());
        node.put("iconUrl", base + "/images/icons/statuses/generic.png");
        node.put("name", status.name());
        node.put("untranslatedName", status.name());
        node.put("id", status.id());
        node.set("statusCategory", statusCategory(status.category()));
        return node;
    }

    ObjectNode priority(JiraPriority priority) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("self", api("priority/" + priority.id()));
        node.put("iconUrl", base + "/images/icons/priorities/" + priority.name().toLowerCase() + ".svg");
        node.put("name", priority.name());
        node.put("id", priority.id());
        return node;
    }

    /** A priority as {@code /priority/search} lists it (with description, colour and default flag). */
    ObjectNode priorityDetails(JiraPriority priority) {
        ObjectNode node = priority(priority);
        node.put("description", priority.description());
        node.put("statusColor", priority.statusColor());
        node.put("isDefault", priority.isDefault());
        return node;
    }

    /** IssueTypeDetails; {@code withDescription} only inside issue fields (the official list schema has no description). */
    ObjectNode issueType(JiraIssueType type, boolean withDescription) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("self", api("issuetype/" + type.id()));
        node.put("id", type.id());
        if (withDescription) node.put("description", type.description());
        node.put("iconUrl", base + "/images/icons/issuetypes/" + type.name().toLowerCase().replace("-", "") + ".svg");
        node.put("name", type.name());
        node.put("subtask", type.subtask());
        node.put("avatarId", 10300 + Integer.parseInt(type.id()) % 100);
        node.put("hierarchyLevel", type.hierarchyLevel());
        return node;
    }

    ObjectNode projectRef(JiraProject project) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("self", api("project/" + project.id()));
        node.put("id", project.id());
        node.put("key", project.key());
        node.put("name", project.name());
        node.put("projectTypeKey", "software");
        node.put("simplified", false);
        ObjectNode avatars = node.putObject("avatarUrls");
        for (String size : List.of("48x48", "24x24", "16x16", "32x32")) avatars.put(size, base + "/images/project/" + size + ".png");
        return node;
    }

    /** The Project schema of {@code GET /project/{key}}. */
    ObjectNode project(JiraProject project) {
        ObjectNode node = projectRef(project);
        node.put("style", "classic");
        node.put("isPrivate", false);
        node.put("assigneeType", "UNASSIGNED");
        node.set("lead", user(project.leadAccountId()));
        ArrayNode types = node.putArray("issueTypes");
        catalog.issueTypes().forEach(t -> types.add(issueType(t, false)));
        node.set("components", ExtendedFieldsJson.items(catalog.fields.components(project), "component", this, false));
        node.set("versions", ExtendedFieldsJson.items(catalog.fields.versions(project), "version", this, true));
        node.putObject("properties");
        return node;
    }

    ObjectNode comment(JiraIssue issue, JiraComment comment) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("self", api("issue/" + issue.id + "/comment/" + comment.id));
        node.put("id", comment.id);
        node.set("author", user(comment.authorAccountId));
        node.set("body", comment.body.deepCopy());
        node.set("updateAuthor", user(comment.updateAuthorAccountId));
        node.put("created", time(comment.created));
        node.put("updated", time(comment.updated));
        node.put("jsdPublic", true);
        return node;
    }

    /** A page of comments: PageOfComments. */
    ObjectNode commentPage(JiraIssue issue, List<JiraComment> page, int startAt, int maxResults) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("startAt", startAt);
        node.put("maxResults", maxResults);
        node.put("total", issue.comments.size());
        ArrayNode comments = node.putArray("comments");
        page.forEach(c -> comments.add(comment(issue, c)));
        return node;
    }

    ObjectNode history(History history) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", history.id());
        node.set("author", user(history.authorAccountId()));
        node.put("created", time(history.created()));
        ArrayNode items = node.putArray("items");
        for (ChangeItem item : history.items()) items.add(changeItem(item));
        return node;
    }

    /** One ChangeDetails; absent values are left out (the official schema types them as non-null strings). */
    static ObjectNode changeItem(ChangeItem item) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("field", item.field());
        node.put("fieldtype", item.fieldId().startsWith("customfield_") ? "custom" : "jira");
        node.put("fieldId", item.fieldId());
        if (item.from() != null) node.put("from", item.from());
        if (item.fromText() != null) node.put("fromString", item.fromText());
        if (item.to() != null) node.put("to", item.to());
        if (item.toText() != null) node.put("toString", item.toText());
        return node;
    }

    /** An IssueBean with the selected fields; {@code withChangelog} adds the {@code changelog} expansion. */
    ObjectNode issue(JiraIssue issue, FieldSelection selection, boolean withChangelog) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("expand", "renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations");
        node.put("id", issue.id);
        node.put("self", api("issue/" + issue.id));
        node.put("key", issue.key);
        if (selection.hasFields()) node.set("fields", fields(issue, selection));
        if (withChangelog) {
            ObjectNode changelog = node.putObject("changelog");
            changelog.put("startAt", 0);
            changelog.put("maxResults", issue.histories.size());
            changelog.put("total", issue.histories.size());
            ArrayNode histories = changelog.putArray("histories");
            issue.histories.forEach(h -> histories.add(history(h)));
        }
        return node;
    }

    ObjectNode fields(JiraIssue issue, FieldSelection selection) {
        ObjectNode f = MAPPER.createObjectNode();
        if (selection.includes("summary")) f.put("summary", issue.summary);
        if (selection.includes("description")) f.set("description", issue.description == null ? null : issue.description.deepCopy());
        if (selection.includes("status")) f.set("status", status(issue.status));
        if (selection.includes("priority")) f.set("priority", issue.priority == null ? null : priority(issue.priority));
        if (selection.includes("issuetype")) f.set("issuetype", issueType(issue.type, true));
        if (selection.includes("project")) f.set("project", projectRef(issue.project));
        if (selection.includes("assignee")) f.set("assignee", user(issue.assigneeAccountId));
        if (selection.includes("reporter")) f.set("reporter", user(issue.reporterAccountId));
        if (selection.includes("creator")) f.set("creator", user(issue.creatorAccountId));
        if (selection.includes("labels")) issue.labels.forEach(f.putArray("labels")::add);
        if (selection.includes("created")) f.put("created", time(issue.created));
        if (selection.includes("updated")) f.put("updated", time(issue.updated));
        if (selection.includes("resolution")) f.set("resolution", resolution(issue));
        if (selection.includes("resolutiondate")) f.put("resolutiondate", time(issue.resolutionDate));
        if (selection.includes("statuscategorychangedate")) f.put("statuscategorychangedate", time(issue.statusCategoryChanged));
        if (selection.includes("parent") && issue.parent != null) f.set("parent", parentRef(issue.parent));
        if (site != null) new ExtendedFieldsJson(site).render(issue, selection, f, this);
        else if (selection.includes("subtasks")) f.putArray("subtasks");
        if (selection.includes("attachment")) f.set("attachment", AttachmentJson.field(this, issue));
        if (selection.includes("comment")) {
            ObjectNode comment = commentPage(issue, issue.comments, 0, issue.comments.size());
            comment.put("self", api("issue/" + issue.id + "/comment"));
            f.set("comment", comment);
        }
        return f;
    }

    private JsonNode resolution(JiraIssue issue) {
        if (issue.resolutionDate == null) return null;
        ObjectNode node = MAPPER.createObjectNode();
        node.put("self", api("resolution/10000"));
        node.put("id", "10000");
        node.put("description", "Work has been completed on this issue.");
        node.put("name", "Done");
        return node;
    }

    private ObjectNode parentRef(JiraIssue parent) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", parent.id);
        node.put("key", parent.key);
        node.put("self", api("issue/" + parent.id));
        ObjectNode f = node.putObject("fields");
        f.put("summary", parent.summary);
        f.set("status", status(parent.status));
        f.set("priority", parent.priority == null ? null : priority(parent.priority));
        f.set("issuetype", issueType(parent.type, true));
        return node;
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a tree Jackson built itself", e);
        }
    }
}
