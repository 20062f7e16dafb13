package io.entwine.it;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one twin must look like on both sides once the sync has converged, kept up to date by the
 * {@link Workload} as people edit. Fields are split by side so the two people never edit the same field at the
 * same time: Jira owns summary, priority and labels; GitHub owns the description and the assignee. Every text
 * starts with the issue's token ({@code iss0003x}), which identifies the twin on both sides whatever was edited.
 */
final class ExpectedIssue {
    /** Which side a person created the issue or comment on. */
    enum Side { JIRA, GITHUB }

    /** A comment a person wrote; its token ({@code cmt0012x}) identifies it and its mirror. */
    static final class Comment {
        final String token;
        final Side side;
        final String id;
        volatile String text;
        volatile boolean deleted;

        Comment(String token, Side side, String id, String text) {
            this.token = token;
            this.side = side;
            this.id = id;
            this.text = text;
        }
    }

    final String token;
    final Side createdOn;
    volatile String jiraKey;
    volatile String githubNumber;
    volatile String summary;
    volatile String priority;
    volatile List<String> labels;
    volatile String description;
    /** The assignee's e-mail, or null. */
    volatile String assignee;
    final Map<String, Comment> comments = new ConcurrentHashMap<>();

    ExpectedIssue(String token, Side createdOn, String summary, String description) {
        this.token = token;
        this.createdOn = createdOn;
        this.summary = summary;
        this.description = description;
        this.priority = "Medium";
        this.labels = List.of();
    }

    List<Comment> liveComments() {
        return comments.values().stream().filter(c -> !c.deleted).toList();
    }
}
