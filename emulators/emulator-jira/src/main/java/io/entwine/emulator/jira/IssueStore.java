package io.entwine.emulator.jira;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issues, their comments and changelog, with Jira's numbering (issue ids from 10000, keys per project)
 * and timestamps from the injected clock. {@link #touch} makes every issue's {@code updated} strictly
 * increase at millisecond precision, even when the clock stands still. Guarded by the site's monitor.
 */
final class IssueStore {
    private final Clock clock;
    private final Map<String, JiraIssue> byId = new LinkedHashMap<>();
    private final Map<String, JiraIssue> byKey = new HashMap<>();
    private final Map<String, Long> lastNumberByProject = new HashMap<>();
    private long nextIssueId = 10000;
    private long nextCommentId = 10000;
    private long nextHistoryId = 10000;
    private long nextWorklogId = 10000;

    IssueStore(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    JiraIssue create(JiraProject project, String creatorAccountId) {
        long number = lastNumberByProject.merge(project.key(), 1L, Long::sum);
        JiraIssue issue = new JiraIssue(String.valueOf(nextIssueId++), project, number, now(), creatorAccountId);
        byId.put(issue.id, issue);
        byKey.put(issue.key, issue);
        return issue;
    }

    /** The issue with this id or key (keys case-insensitively), or a 404 {@link JiraError}. */
    JiraIssue get(String idOrKey) {
        JiraIssue issue = byId.get(idOrKey);
        if (issue == null) issue = byKey.get(idOrKey.toUpperCase(Locale.ROOT));
        if (issue == null) throw JiraError.issueNotFound();
        return issue;
    }

    void delete(JiraIssue issue) {
        byId.remove(issue.id);
        byKey.remove(issue.key);
    }

    List<JiraIssue> all() {
        return new ArrayList<>(byId.values());
    }

    int count() {
        return byId.size();
    }

    /** Sets and returns the issue's new {@code updated}: now, but always later than the previous value. */
    Instant touch(JiraIssue issue) {
        Instant now = now();
        if (!now.isAfter(issue.updated)) now = issue.updated.plusMillis(1);
        issue.updated = now;
        return now;
    }

    String nextWorklogId() {
        return String.valueOf(nextWorklogId++);
    }

    String nextCommentId() {
        return String.valueOf(nextCommentId++);
    }

    /** Records a changelog entry (when there are items) and returns it, or null for no change. */
    History record(JiraIssue issue, String authorAccountId, Instant at, List<ChangeItem> items) {
        if (items.isEmpty()) return null;
        History history = new History(String.valueOf(nextHistoryId++), authorAccountId, at, items);
        issue.histories.add(history);
        return history;
    }
}
