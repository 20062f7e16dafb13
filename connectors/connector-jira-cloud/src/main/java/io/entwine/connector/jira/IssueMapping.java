package io.entwine.connector.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubProject;
import io.entwine.api.replica.HubResolution;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Jira Cloud JSON (IssueBean, Comment, User) into the replica model: users by accountId, ADF text
 * as Markdown, timestamps as instants, the parent by key. Stateless and thread-safe.
 */
final class IssueMapping {
    /** The issue fields {@link #issue} reads. */
    static final String FIELDS = "summary,description,status,priority,resolution,issuetype,project,assignee,reporter,"
            + "creator,labels,created,updated,parent,comment,attachment";

    private final TextCodec text;
    private final String baseUrl;

    IssueMapping(TextCodec text, String baseUrl) {
        this.text = text;
        this.baseUrl = baseUrl;
    }

    String browseUrl(String key) {
        return baseUrl + "/browse/" + key;
    }

    HubIssue issue(JsonNode json, List<JsonNode> comments) {
        JsonNode f = json.path("fields");
        HubIssue issue = new HubIssue();
        issue.setId(json.path("id").asText(null));
        issue.setKey(json.path("key").asText(null));
        issue.setUrl(browseUrl(issue.getKey()));
        issue.setSummary(f.path("summary").asText(null));
        issue.setDescription(text.toMarkdown(f.get("description")));
        issue.setStatus(named(f.get("status"), HubStatus::new));
        issue.setPriority(named(f.get("priority"), HubPriority::new));
        issue.setResolution(named(f.get("resolution"), HubResolution::new));
        issue.setType(named(f.get("issuetype"), HubIssueType::new));
        JsonNode project = f.path("project");
        if (project.isObject()) issue.setProject(new HubProject(project.path("key").asText(null), project.path("name").asText(null)));
        issue.setAssignee(user(f.get("assignee")));
        HubUser assignee = issue.getAssignee();
        issue.setAssignees(assignee == null ? List.of() : List.of(assignee));
        issue.setReporter(user(f.get("reporter")));
        issue.setCreator(user(f.get("creator")));
        List<String> labels = new ArrayList<>();
        f.path("labels").forEach(l -> labels.add(l.asText()));
        issue.setLabels(labels);
        issue.setCreated(JiraTimestamps.parse(f.path("created").asText(null), "created"));
        issue.setUpdated(JiraTimestamps.parse(f.path("updated").asText(null), "updated"));
        if (f.path("parent").isObject()) issue.setParentId(f.path("parent").path("key").asText(null));
        List<HubComment> hubComments = new ArrayList<>();
        for (JsonNode c : comments) hubComments.add(comment(c));
        issue.setComments(hubComments);
        List<HubAttachment> attachments = new ArrayList<>();
        f.path("attachment").forEach(a -> attachments.add(attachment(a)));
        issue.setAttachments(attachments);
        return issue;
    }

    /** An {@code Attachment} (issue field, upload answer); the content hash is the engine's to compute. */
    HubAttachment attachment(JsonNode json) {
        HubAttachment a = new HubAttachment(json.path("id").asText(null), json.path("filename").asText(null),
                json.path("mimeType").asText(null), json.hasNonNull("size") ? json.get("size").asLong() : null, null);
        a.setCreated(JiraTimestamps.parse(json.path("created").asText(null), "attachment created"));
        a.setAuthor(user(json.get("author")));
        return a;
    }

    HubComment comment(JsonNode json) {
        HubComment comment = new HubComment(json.path("id").asText(null), text.toMarkdown(json.get("body")),
                user(json.get("author")), JiraTimestamps.parse(json.path("created").asText(null), "comment created"),
                JiraTimestamps.parse(json.path("updated").asText(null), "comment updated"));
        comment.setUpdateAuthor(user(json.get("updateAuthor")));
        comment.setInternal(json.has("visibility"));
        return comment;
    }

    /** A user by accountId; the e-mail only when Jira shows it (profile visibility). Null for no user. */
    static HubUser user(JsonNode json) {
        if (json == null || !json.isObject() || !json.hasNonNull("accountId")) return null;
        return new HubUser(json.get("accountId").asText(), null, json.path("emailAddress").asText(null),
                json.path("displayName").asText(null), json.path("active").asBoolean(true));
    }

    private interface Named<T> {
        T of(String id, String name);
    }

    private static <T> T named(JsonNode json, Named<T> factory) {
        if (json == null || !json.isObject()) return null;
        return factory.of(json.path("id").asText(null), json.path("name").asText(null));
    }
}
