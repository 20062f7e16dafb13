package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code worklog} field: {@code update.worklog[{add:{timeSpent|timeSpentSeconds, started, comment}}]} on create
 * and edit (the only verb Jira's edit screen offers for it), the {@code timespent}/{@code WorklogId}/{@code timeestimate}
 * changelog items of a new entry, and the embedded page Jira shows in an issue's fields (at most 20 entries, like Jira).
 */
final class WorklogFields {
    static final int EMBEDDED = 20;
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]Z");

    /** A work log an edit asks for, written by {@link #apply}. */
    record Pending(Instant started, long seconds, JsonNode comment) {
    }

    private final IssueStore issues;

    WorklogFields(IssueStore issues) {
        this.issues = issues;
    }

    /** Resolves the operations into a list of {@link Pending}; returns an error text or null. */
    String resolve(JsonNode operations, List<Pending> out) {
        for (JsonNode operation : operations) {
            String verb = operation.fieldNames().next();
            if (!verb.equals("add")) return "Field 'worklog' does not support update '" + verb + "'";
            JsonNode add = operation.get(verb);
            if (!add.isObject()) return "Worklog must be an object";
            JsonNode secondsNode = add.get("timeSpentSeconds");
            Long seconds = secondsNode != null && secondsNode.isIntegralNumber() ? Long.valueOf(secondsNode.asLong())
                    : add.hasNonNull("timeSpent") ? JiraDurations.parse(add.get("timeSpent").asText()) : null;
            if (seconds == null) return "Worklog must contain 'timeSpent' or 'timeSpentSeconds' as a valid duration";
            if (seconds <= 0) return "Time Spent must be greater than zero";
            Instant started = null;
            if (add.hasNonNull("started")) {
                try {
                    started = OffsetDateTime.parse(add.get("started").asText(), STARTED).toInstant();
                } catch (DateTimeParseException e) {
                    return "Worklog 'started' must look like 2026-11-23T10:00:00.000+0000";
                }
            }
            JsonNode comment = add.get("comment");
            if (comment != null && comment.isTextual()) comment = paragraph(comment.asText());
            else if (comment != null && !comment.isNull() && !AdfDocs.isDocument(comment)) return "Worklog comment: " + AdfDocs.NOT_A_DOCUMENT;
            out.add(new Pending(started, seconds, comment == null || comment.isNull() ? null : comment.deepCopy()));
        }
        return null;
    }

    private static JsonNode paragraph(String text) {
        ObjectNode doc = JiraJson.MAPPER.createObjectNode();
        doc.put("type", "doc").put("version", 1);
        ObjectNode p = doc.putArray("content").addObject().put("type", "paragraph");
        if (!text.isEmpty()) p.putArray("content").addObject().put("type", "text").put("text", text);
        return doc;
    }

    /** Adds the entries, adjusts the remaining estimate and returns the changelog items. */
    List<ChangeItem> apply(JiraIssue issue, List<Pending> pending, String authorAccountId) {
        List<ChangeItem> items = new ArrayList<>();
        for (Pending p : pending) {
            long spentBefore = spent(issue);
            Instant now = issues.now();
            JiraWorklog worklog = new JiraWorklog(issues.nextWorklogId(), authorAccountId, p.comment(), now,
                    p.started() == null ? now : p.started(), p.seconds());
            issue.worklogs.add(worklog);
            items.add(new ChangeItem("timespent", "timespent", spentBefore == 0 ? null : String.valueOf(spentBefore),
                    spentBefore == 0 ? null : String.valueOf(spentBefore), String.valueOf(spent(issue)), String.valueOf(spent(issue))));
            items.add(new ChangeItem("WorklogId", "worklogId", null, null, worklog.id(), worklog.id()));
            if (issue.remainingEstimateSeconds != null) {
                long before = issue.remainingEstimateSeconds;
                issue.remainingEstimateSeconds = Math.max(0, before - p.seconds());
                items.add(new ChangeItem("timeestimate", "timeestimate", String.valueOf(before), String.valueOf(before),
                        String.valueOf(issue.remainingEstimateSeconds), String.valueOf(issue.remainingEstimateSeconds)));
            }
        }
        return items;
    }

    static long spent(JiraIssue issue) {
        return issue.worklogs.stream().mapToLong(JiraWorklog::timeSpentSeconds).sum();
    }

    /** The embedded page of an issue's fields ({@code PageOfWorklogs}). */
    static ObjectNode page(JiraIssue issue, JiraJson json) {
        ObjectNode node = JiraJson.MAPPER.createObjectNode();
        node.put("startAt", 0);
        node.put("maxResults", EMBEDDED);
        node.put("total", issue.worklogs.size());
        ArrayNode list = node.putArray("worklogs");
        issue.worklogs.stream().limit(EMBEDDED).forEach(w -> list.add(worklog(issue, w, json)));
        return node;
    }

    static ObjectNode worklog(JiraIssue issue, JiraWorklog w, JiraJson json) {
        ObjectNode node = JiraJson.MAPPER.createObjectNode();
        node.put("self", json.api("issue/" + issue.id + "/worklog/" + w.id()));
        node.set("author", json.user(w.authorAccountId()));
        node.set("updateAuthor", json.user(w.authorAccountId()));
        if (w.comment() != null) node.set("comment", w.comment().deepCopy());
        node.put("created", json.time(w.created()));
        node.put("updated", json.time(w.created()));
        node.put("started", json.time(w.started()));
        node.put("timeSpent", JiraDurations.format(w.timeSpentSeconds()));
        node.put("timeSpentSeconds", w.timeSpentSeconds());
        node.put("id", w.id());
        node.put("issueId", issue.id);
        return node;
    }

    /** The {@code timetracking} field: empty when nothing is estimated or logged. */
    static ObjectNode timetracking(JiraIssue issue) {
        ObjectNode node = JiraJson.MAPPER.createObjectNode();
        long spent = spent(issue);
        if (issue.originalEstimateSeconds != null) {
            node.put("originalEstimate", JiraDurations.format(issue.originalEstimateSeconds));
        }
        if (issue.remainingEstimateSeconds != null) node.put("remainingEstimate", JiraDurations.format(issue.remainingEstimateSeconds));
        if (spent > 0) node.put("timeSpent", JiraDurations.format(spent));
        if (issue.originalEstimateSeconds != null) node.put("originalEstimateSeconds", issue.originalEstimateSeconds);
        if (issue.remainingEstimateSeconds != null) node.put("remainingEstimateSeconds", issue.remainingEstimateSeconds);
        if (spent > 0) node.put("timeSpentSeconds", spent);
        return node;
    }
}
