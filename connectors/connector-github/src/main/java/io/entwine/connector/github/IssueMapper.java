package io.entwine.connector.github;

import io.entwine.connector.support.origin.OriginMarker;
import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubLabel;
import io.entwine.api.replica.HubProject;
import io.entwine.api.replica.HubResolution;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub JSON to replica objects: an issue with its comments becomes a {@link HubIssue} (status
 * {@code open}/{@code closed}, resolution = {@code state_reason}, project = the repository), a comment a
 * {@link HubComment}. Bodies stay Markdown, as GitHub stores them. Thread-safe.
 */
final class IssueMapper {
    private final UserDirectory users;
    private final HubProject project;

    IssueMapper(UserDirectory users, GitHubSettings settings) {
        this.users = users;
        this.project = new HubProject(settings.fullName(), settings.name());
    }

    HubIssue issue(JsonNode json, List<JsonNode> comments) {
        HubIssue issue = new HubIssue();
        issue.setId(json.path("id").asText());
        issue.setKey(json.path("number").asText());
        issue.setUrl(text(json, "html_url"));
        issue.setSummary(text(json, "title"));
        issue.setDescription(OriginMarker.strip(text(json, "body")));
        issue.setStatus(new HubStatus(null, json.path("state").asText()));
        String reason = text(json, "state_reason");
        if (reason != null) issue.setResolution(new HubResolution(null, reason));
        issue.setProject(project);
        List<HubUser> assignees = new ArrayList<>();
        for (JsonNode a : json.path("assignees")) assignees.add(users.user(a));
        if (assignees.isEmpty() && json.hasNonNull("assignee")) assignees.add(users.user(json.get("assignee")));
        issue.setAssignees(assignees);
        issue.setAssignee(assignees.isEmpty() ? null : assignees.get(0));
        HubUser author = users.user(json.get("user"));
        issue.setReporter(author);
        issue.setCreator(author);
        List<HubLabel> labels = new ArrayList<>();
        for (JsonNode l : json.path("labels")) labels.add(new HubLabel(l.isTextual() ? l.asText() : l.path("name").asText()));
        issue.setLabels(labels);
        issue.setFixVersions(Milestones.read(json.get("milestone")));
        issue.setCreated(instant(json, "created_at"));
        issue.setUpdated(instant(json, "updated_at"));
        List<HubComment> mapped = new ArrayList<>();
        for (JsonNode c : comments) mapped.add(comment(c));
        issue.setComments(mapped);
        return issue;
    }

    HubComment comment(JsonNode json) {
        HubUser author = users.user(json.get("user"));
        HubComment comment = new HubComment(json.path("id").asText(), OriginMarker.strip(text(json, "body")), author,
                instant(json, "created_at"), instant(json, "updated_at"));
        comment.setUpdateAuthor(author);
        return comment;
    }

    static Instant instant(JsonNode json, String field) {
        String value = text(json, field);
        return value == null ? null : Instant.parse(value);
    }

    static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
