package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * The bodies Jira Cloud posts to admin webhooks: issue events carry the acting user, the full issue and,
 * for updates, the changelog; comment events carry the comment and an abridged issue.
 */
final class WebhookPayloads {
    private WebhookPayloads() {
    }

    static ObjectNode issueEvent(JiraJson json, String webhookEvent, String typeName, Instant at, String actorAccountId,
                                 JiraIssue issue, History history, JiraComment comment) {
        ObjectNode body = JiraJson.MAPPER.createObjectNode();
        body.put("timestamp", at.toEpochMilli());
        body.put("webhookEvent", webhookEvent);
        body.put("issue_event_type_name", typeName);
        ObjectNode user = json.user(actorAccountId);
        if (user != null) body.set("user", user);
        body.set("issue", issueRef(json, issue, FieldSelection.parse(null, "*navigable")));
        if (history != null) {
            ObjectNode changelog = body.putObject("changelog");
            changelog.put("id", history.id());
            ArrayNode items = changelog.putArray("items");
            history.items().forEach(item -> items.add(JiraJson.changeItem(item)));
        }
        if (comment != null) body.set("comment", json.comment(issue, comment));
        return body;
    }

    static ObjectNode commentEvent(JiraJson json, String webhookEvent, Instant at, JiraIssue issue, JiraComment comment) {
        ObjectNode body = JiraJson.MAPPER.createObjectNode();
        body.put("timestamp", at.toEpochMilli());
        body.put("webhookEvent", webhookEvent);
        body.set("comment", json.comment(issue, comment));
        body.set("issue", issueRef(json, issue,
                FieldSelection.parse(null, "summary,issuetype,project,assignee,priority,status,updated")));
        return body;
    }

    private static ObjectNode issueRef(JiraJson json, JiraIssue issue, FieldSelection selection) {
        ObjectNode node = JiraJson.MAPPER.createObjectNode();
        node.put("id", issue.id);
        node.put("self", json.api("issue/" + issue.id));
        node.put("key", issue.key);
        node.set("fields", json.fields(issue, selection));
        return node;
    }
}
