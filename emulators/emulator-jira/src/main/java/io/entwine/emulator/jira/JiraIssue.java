package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stored state of one issue. Mutable, guarded by the site's monitor; rendered by {@link JiraJson}. */
final class JiraIssue {
    final String id;
    final String key;
    final long number;
    final JiraProject project;
    final Instant created;
    final String creatorAccountId;
    final List<String> labels = new ArrayList<>();
    final List<JiraComment> comments = new ArrayList<>();
    final List<JiraAttachment> attachments = new ArrayList<>();
    final List<History> histories = new ArrayList<>();
    final List<JiraWorklog> worklogs = new ArrayList<>();
    final List<ProjectItem> components = new ArrayList<>();
    final List<ProjectItem> fixVersions = new ArrayList<>();
    final List<ProjectItem> versions = new ArrayList<>();
    /** Custom field values by field id, typed as {@link CustomFieldCodec} resolves them; absent means empty. */
    final Map<String, Object> customValues = new LinkedHashMap<>();
    LocalDate due;
    JsonNode environment;
    Long originalEstimateSeconds;
    Long remainingEstimateSeconds;
    /** Issue properties (key -> JSON value), set in the create body or through the properties resource. */
    final Map<String, JsonNode> properties = new LinkedHashMap<>();
    JiraIssueType type;
    JiraIssue parent;
    String summary;
    JsonNode description;
    JiraStatus status;
    JiraPriority priority;
    String assigneeAccountId;
    String reporterAccountId;
    Instant updated;
    Instant statusCategoryChanged;
    Instant resolutionDate;

    JiraIssue(String id, JiraProject project, long number, Instant created, String creatorAccountId) {
        this.id = id;
        this.project = project;
        this.number = number;
        this.key = project.key() + "-" + number;
        this.created = created;
        this.updated = created;
        this.statusCategoryChanged = created;
        this.creatorAccountId = creatorAccountId;
    }

    JiraComment comment(String commentId) {
        for (JiraComment c : comments) if (c.id.equals(commentId)) return c;
        return null;
    }
}
