package io.entwine.it;

import io.entwine.emulator.core.RecordedExchange;
import io.entwine.emulator.core.RequestJournal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares what both trackers hold with what the people did ({@link ExpectedIssue}s), and what the nodes wrote with
 * what they had to write. Every method returns the differences as sentences; empty means converged (or
 * exactly-once). Reading is done as people read, through the trackers' APIs.
 */
final class Convergence {
    private Convergence() {
    }

    /** Differences between the expected state and both trackers: fields, statuses, comments, and duplicates. */
    static List<String> differences(List<ExpectedIssue> expected, TrackerSnapshot jira, TrackerSnapshot github) {
        List<String> out = new ArrayList<>();
        for (TrackerSnapshot side : List.of(jira, github)) {
            if (side.issueCount() != expected.size()) out.add(side.side + " holds " + side.issueCount() + " issues, expected " + expected.size());
            side.untokened.forEach(i -> out.add(side.side + " holds an issue nobody created: " + i.key() + " '" + i.summary() + "'"));
            for (ExpectedIssue e : expected) {
                List<TrackerSnapshot.Issue> found = side.byToken.getOrDefault(e.token, List.of());
                if (found.size() != 1) {
                    out.add(side.side + " holds " + found.size() + " issues for " + e.token + " " + found.stream().map(TrackerSnapshot.Issue::key).toList());
                    continue;
                }
                compare(e, found.get(0), side.side, out);
            }
        }
        return out;
    }

    private static void compare(ExpectedIssue e, TrackerSnapshot.Issue actual, String side, List<String> out) {
        String where = side + " " + actual.key() + " (" + e.token + ")";
        check(where, "summary", e.summary, actual.summary(), out);
        check(where, "description", e.description, actual.description(), out);
        check(where, "priority", e.priority, actual.priority(), out);
        check(where, "labels", e.labels.stream().sorted().toList(), actual.labels(), out);
        check(where, "assignee", e.assignee, actual.assignee(), out);
        check(where, "status", "open", actual.status(), out);
        List<ExpectedIssue.Comment> live = e.liveComments();
        if (actual.comments().size() != live.size()) {
            out.add(where + " has " + actual.comments().size() + " comments, expected " + live.size() + ": " + actual.comments());
        }
        for (ExpectedIssue.Comment c : e.comments.values()) {
            List<String> holding = actual.comments().stream().filter(text -> text.contains(c.token)).toList();
            if (c.deleted) {
                if (!holding.isEmpty()) out.add(where + " still holds deleted comment " + c.token + ": " + holding);
            } else if (holding.size() != 1) {
                out.add(where + " holds comment " + c.token + " " + holding.size() + " times: " + holding);
            } else if (!holding.get(0).endsWith(c.text)) {
                out.add(where + " comment " + c.token + " reads '" + holding.get(0) + "', expected it to end with '" + c.text + "'");
            }
        }
    }

    private static void check(String where, String field, Object expected, Object actual, List<String> out) {
        if (!Objects.equals(expected, actual)) out.add(where + " " + field + " is " + actual + ", expected " + expected);
    }

    /**
     * Exactly-once effects, from the tracker's journal of what the node (requests with {@code nodeAuthorization})
     * wrote: each issue the other side created was created here exactly once, and each comment written on the other
     * side was created here at most once (exactly once if it is still alive).
     */
    static List<String> writesOnce(String side, RequestJournal journal, String nodeAuthorization, List<ExpectedIssue> expected,
                                   ExpectedIssue.Side mirroredFrom) {
        List<RecordedExchange> creates = journal.matching(x -> x.method().equals("POST") && x.status() < 300
                && nodeAuthorization.equals(header(x, "Authorization")) && x.requestBody() != null);
        List<String> out = new ArrayList<>();
        for (ExpectedIssue e : expected) {
            if (e.createdOn == mirroredFrom) {
                long n = creates.stream().filter(x -> x.requestBody().contains(e.token)).count();
                if (n != 1) out.add("the node created " + e.token + " " + n + " times on " + side);
            }
            for (ExpectedIssue.Comment c : e.comments.values()) {
                if (c.side != mirroredFrom) continue;
                long n = creates.stream().filter(x -> x.requestBody().contains(c.token)).count();
                if (n > 1 || (n == 0 && !c.deleted)) out.add("the node created comment " + c.token + " " + n + " times on " + side);
            }
        }
        return out;
    }

    private static String header(RecordedExchange x, String name) {
        for (var entry : x.requestHeaders().entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) return entry.getValue().get(0);
        }
        return null;
    }
}
