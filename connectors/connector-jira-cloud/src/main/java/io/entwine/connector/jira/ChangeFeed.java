package io.entwine.connector.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.connector.ChangePage;
import io.entwine.api.connector.ChangedEntity;
import io.entwine.api.connector.QueryPage;
import io.entwine.api.errors.EntityException;
import io.entwine.connector.support.Cursors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Polling over the project with JQL {@code project = KEY AND updated >= "yyyy-MM-dd HH:mm" ORDER BY
 * updated ASC, key ASC}. JQL dates have minute precision in the API user's time zone, so each query
 * reaches back {@code overlap} before the watermark (the latest {@code fields.updated} seen) and the same
 * change may come twice.
 *
 * <p>Within a sweep, the next page is a fresh query from the new watermark whenever that query leaves out
 * part of the page just read; only when a whole page sits inside the overlap window (a burst of changes)
 * does it follow Jira's {@code nextPageToken}. Fresh queries cannot skip an issue that moved while the
 * sweep ran (an issue updated mid-sweep only moves later in the order), which offset-like page tokens
 * could; each fresh query starts strictly further along, so a sweep always ends. The cursor (opaque, via
 * {@link Cursors}) holds {@code w} the watermark and, while following a token, {@code t} the token and
 * {@code q} its query; a token Jira no longer accepts sends the sweep back to the watermark.
 * Thread-safe (stateless between calls).
 */
final class ChangeFeed {
    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);
    private static final List<String> FIELDS = List.of("updated");

    private final JiraApi api;
    private final String project;
    private final Duration overlap;
    private final ZoneId zone;

    ChangeFeed(JiraApi api, String project, Duration overlap, ZoneId zone) {
        this.api = api;
        this.project = project;
        this.overlap = overlap;
        this.zone = zone;
    }

    ChangePage changesSince(String cursor, int pageSize) {
        Map<String, String> state = Cursors.decode(cursor);
        Instant watermark = instant(state.get("w"));
        String token = state.get("t");
        String jql = token != null ? state.get("q") : jql(boundFor(watermark));
        JsonNode page;
        try {
            page = api.search(jql, token, pageSize, FIELDS);
        } catch (EntityException refusedToken) {
            if (token == null) throw refusedToken;
            // page tokens expire; the watermark alone is a safe place to start again
            log.info("Jira refused a stored page token ({}); polling again from the watermark {}", refusedToken.getMessage(), watermark);
            token = null;
            jql = jql(boundFor(watermark));
            page = api.search(jql, null, pageSize, FIELDS);
        }
        List<ChangedEntity> changes = new ArrayList<>();
        Instant newest = watermark;
        Instant oldestOnPage = null;
        for (JsonNode issue : page.path("issues")) {
            Instant updated = JiraTimestamps.parse(issue.path("fields").path("updated").asText(null), "updated of " + issue.path("key").asText());
            changes.add(ChangedEntity.updated(issue.path("key").asText(), updated));
            if (updated == null) continue;
            if (newest == null || updated.isAfter(newest)) newest = updated;
            if (oldestOnPage == null || updated.isBefore(oldestOnPage)) oldestOnPage = updated;
        }
        String nextToken = page.path("nextPageToken").asText(null);
        if (page.path("isLast").asBoolean(nextToken == null) || nextToken == null) {
            return new ChangePage(changes, cursor(newest, null, null), false);
        }
        // a fresh query from the new watermark progresses only if it leaves out part of this page
        Instant nextBound = boundFor(newest);
        if (nextBound != null && oldestOnPage != null && nextBound.isAfter(oldestOnPage)) {
            return new ChangePage(changes, cursor(newest, null, null), true);
        }
        return new ChangePage(changes, cursor(newest, nextToken, jql), true);
    }

    QueryPage query(String jql, String pageToken, int pageSize) {
        JsonNode page = api.search(jql, pageToken, pageSize, FIELDS);
        List<String> keys = new ArrayList<>();
        page.path("issues").forEach(i -> keys.add(i.path("key").asText()));
        String next = page.path("isLast").asBoolean(true) ? null : page.path("nextPageToken").asText(null);
        return new QueryPage(keys, next);
    }

    /** The JQL lower bound for a watermark: overlap earlier, rounded down to JQL's minute; null = from the beginning. */
    private Instant boundFor(Instant watermark) {
        return watermark == null ? null : JiraTimestamps.jqlFloor(watermark.minus(overlap), zone);
    }

    private String jql(Instant bound) {
        String since = bound == null ? "" : " AND updated >= \"" + JiraTimestamps.jqlDate(bound, zone) + "\"";
        return "project = \"" + project + "\"" + since + " ORDER BY updated ASC, key ASC";
    }

    private static String cursor(Instant watermark, String token, String jql) {
        Map<String, String> values = new LinkedHashMap<>();
        if (watermark != null) values.put("w", watermark.toString());
        if (token != null) {
            values.put("t", token);
            values.put("q", jql);
        }
        return Cursors.encode(values);
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new io.entwine.api.errors.ConfigException("malformed Jira polling cursor: '" + text + "' is not an instant");
        }
    }
}
