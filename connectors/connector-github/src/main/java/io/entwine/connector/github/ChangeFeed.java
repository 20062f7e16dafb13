package io.entwine.connector.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.connector.ChangePage;
import io.entwine.api.connector.ChangedEntity;
import io.entwine.api.errors.ConfigException;
import io.entwine.connector.support.Cursors;
import io.entwine.connector.support.TrackerHttp;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The polling feed: two GitHub lists merged in time order, because a comment edit does not touch its
 * issue's {@code updated_at}:
 * <ul>
 * <li>{@code GET /repos/{o}/{r}/issues?state=all&since=&sort=updated&direction=asc} (pull requests skipped),</li>
 * <li>{@code GET /repos/{o}/{r}/issues/comments?since=&sort=updated&direction=asc} (a comment change reports
 *     its issue, read from {@code issue_url}; comments on pull requests skipped).</li>
 * </ul>
 * Each call reads one page of each feed that has not reached the present (half the page size each, so a
 * call reports at most {@code pageSize} changes). The opaque cursor holds both {@link FeedPosition}s.
 * Thread-safe (stateless apart from the cursor it is given).
 */
final class ChangeFeed {
    private static final String ISSUES = "i.";
    private static final String COMMENTS = "c.";

    private final GitHubApi api;
    private final Duration overlap;

    ChangeFeed(GitHubApi api, Duration overlap) {
        this.api = api;
        this.overlap = overlap;
    }

    ChangePage next(String cursor, int pageSize) {
        Map<String, String> values = Cursors.decode(cursor);
        FeedPosition issues;
        FeedPosition comments;
        try {
            issues = values.isEmpty() ? FeedPosition.beginning() : FeedPosition.readFrom(values, ISSUES);
            comments = values.isEmpty() ? FeedPosition.beginning() : FeedPosition.readFrom(values, COMMENTS);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new ConfigException("GitHub polling cursor is not one this connector wrote: " + e.getMessage(), e);
        }
        int perPage = Math.max(1, Math.min(GitHubApi.MAX_PER_PAGE, (pageSize + 1) / 2));
        List<ChangedEntity> changes = new ArrayList<>();
        if (!issues.done()) issues = readIssues(issues, perPage, changes);
        if (!comments.done()) comments = readComments(comments, perPage, changes);
        changes.sort(Comparator.comparing((ChangedEntity c) -> c.updated()).thenComparingInt(c -> Integer.parseInt(c.key())));

        boolean more = !issues.done() || !comments.done();
        if (!more) {
            issues = issues.nextSweep(overlap);
            comments = comments.nextSweep(overlap);
        }
        Map<String, String> next = new LinkedHashMap<>();
        issues.writeTo(next, ISSUES);
        comments.writeTo(next, COMMENTS);
        return new ChangePage(changes, Cursors.encode(next), more);
    }

    private FeedPosition readIssues(FeedPosition at, int perPage, List<ChangedEntity> out) {
        List<JsonNode> page = page(api.repo("/issues?state=all&sort=updated&direction=asc"), at, perPage);
        Instant newest = null;
        Instant last = null;
        for (JsonNode issue : page) {
            last = IssueMapper.instant(issue, "updated_at");
            newest = newest == null || last.isAfter(newest) ? last : newest;
            if (!issue.has("pull_request")) out.add(ChangedEntity.updated(issue.path("number").asText(), last));
        }
        return at.after(page.size(), perPage, last, newest);
    }

    private FeedPosition readComments(FeedPosition at, int perPage, List<ChangedEntity> out) {
        List<JsonNode> page = page(api.repo("/issues/comments?sort=updated&direction=asc"), at, perPage);
        Instant newest = null;
        Instant last = null;
        for (JsonNode comment : page) {
            last = IssueMapper.instant(comment, "updated_at");
            newest = newest == null || last.isAfter(newest) ? last : newest;
            String number = issueNumber(comment);
            if (number != null) out.add(ChangedEntity.updated(number, last));
        }
        return at.after(page.size(), perPage, last, newest);
    }

    private List<JsonNode> page(String list, FeedPosition at, int perPage) {
        StringBuilder path = new StringBuilder(list).append("&per_page=").append(perPage).append("&page=").append(at.page());
        if (at.since() != null) path.append("&since=").append(TrackerHttp.encode(at.since().toString()));
        List<JsonNode> items = new ArrayList<>();
        api.http().get(path.toString()).body().forEach(items::add);
        return items;
    }

    /** The issue number of a comment, from {@code issue_url}; null for a comment on a pull request. */
    static String issueNumber(JsonNode comment) {
        String html = comment.path("html_url").asText("");
        if (html.contains("/pull/")) return null;
        String issueUrl = comment.path("issue_url").asText("");
        int slash = issueUrl.lastIndexOf('/');
        if (slash < 0 || slash == issueUrl.length() - 1) return null;
        String number = issueUrl.substring(slash + 1);
        return number.chars().allMatch(Character::isDigit) ? number : null;
    }
}
