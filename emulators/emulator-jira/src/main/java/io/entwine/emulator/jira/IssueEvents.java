package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * Turns the changes the routes make into admin-webhook deliveries, with the event names and
 * {@code issue_event_type_name}s Jira Cloud uses. A comment change is also an issue update
 * ({@code issue_commented}, {@code issue_comment_edited}, {@code issue_comment_deleted}), as in Jira.
 * Called under the site's monitor so deliveries leave in the order of the changes.
 */
final class IssueEvents {
    private final JiraSite site;

    IssueEvents(JiraSite site) {
        this.site = site;
    }

    void created(JiraIssue issue, JiraUser actor) {
        issueEvent("jira:issue_created", "issue_created", issue, actor, null, null, issue.created);
    }

    void updated(JiraIssue issue, JiraUser actor, History history, String typeName) {
        issueEvent("jira:issue_updated", typeName, issue, actor, history, null, issue.updated);
    }

    void deleted(JiraIssue issue, JiraUser actor) {
        issueEvent("jira:issue_deleted", "issue_deleted", issue, actor, null, null, site.issues.now());
    }

    /** {@code kind} is created, updated or deleted. */
    void comment(String kind, JiraIssue issue, JiraComment comment, JiraUser actor) {
        Instant at = site.issues.now();
        JiraJson json = site.systemJson();
        ObjectNode payload = WebhookPayloads.commentEvent(json, "comment_" + kind, at, issue, comment);
        site.webhooks.publish("comment_" + kind, issue, payload, this::matches);
        String typeName = switch (kind) {
            case "created" -> "issue_commented";
            case "updated" -> "issue_comment_edited";
            default -> "issue_comment_deleted";
        };
        issueEvent("jira:issue_updated", typeName, issue, actor, null, comment, at);
    }

    private void issueEvent(String event, String typeName, JiraIssue issue, JiraUser actor, History history,
                            JiraComment comment, Instant at) {
        ObjectNode payload = WebhookPayloads.issueEvent(site.systemJson(), event, typeName, at,
                actor == null ? null : actor.accountId(), issue, history, comment);
        site.webhooks.publish(event, issue, payload, this::matches);
    }

    private boolean matches(String jqlFilter, JiraIssue issue) {
        try {
            return Jql.parse(jqlFilter, site.jqlContext(null)).where().test(issue);
        } catch (JiraError invalidNow) {
            return false; // e.g. the filter names an issue key that has been deleted since
        }
    }
}
