package io.entwine.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds duplicated issues and comments in the trackers, explains them and takes the extra copies out of the
 * snapshots so a long run can go on measuring after one. A duplicate is "lost acknowledgement" when its extra copy
 * was written into a tracker by that tracker's node shortly before the node was killed: the create call
 * succeeded, the kill came before the new key was recorded, and the retry after the restart created it again
 * (idempotent creation through tracker-side origin markers is the cure, issue [3]). Any other duplicate is
 * unexplained and fails the run. Called from one thread.
 */
final class CrashDuplicates {
    /** How long before a kill a create call may have been answered and yet not recorded. */
    static final Duration CREATION_WINDOW = Duration.ofSeconds(10);
    private static final Pattern COMMENT_TOKEN = Pattern.compile("cmt\\d{4}x");
    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    /** One extra copy: what, where, when the tracker made it, and whether a kill of its writer explains it. */
    record Duplicate(String what, String side, String token, String key, Instant created, boolean lostAcknowledgement) {
        @Override
        public String toString() {
            return (lostAcknowledgement ? "lost-ack " : "UNEXPLAINED ") + what + " " + token + " on " + side + " " + key
                    + " created " + created;
        }
    }

    /** A kill of a node, with when it happened. */
    record Kill(String node, Instant at) {
    }

    private final CrashTopology t;
    private final List<Kill> kills = new CopyOnWriteArrayList<>();
    private final Map<String, Duplicate> found = new LinkedHashMap<>();

    CrashDuplicates(CrashTopology t) {
        this.t = t;
    }

    void killed(String node, Instant at) {
        kills.add(new Kill(node, at));
    }

    List<Duplicate> found() {
        return List.copyOf(found.values());
    }

    List<Duplicate> unexplained() {
        return found.values().stream().filter(d -> !d.lostAcknowledgement()).toList();
    }

    /** Records the duplicates both snapshots show and removes their extra copies from them. */
    void absorb(TrackerSnapshot jira, TrackerSnapshot github) {
        absorbIssues(jira, "jira-node");
        absorbIssues(github, "github-node");
        absorbComments(jira, "jira-node");
        absorbComments(github, "github-node");
    }

    private void absorbIssues(TrackerSnapshot side, String writer) {
        Set<String> twinned = null;
        for (Map.Entry<String, List<TrackerSnapshot.Issue>> entry : side.byToken.entrySet()) {
            List<TrackerSnapshot.Issue> copies = entry.getValue();
            if (copies.size() < 2) continue;
            if (twinned == null) twinned = twinnedKeys(writer);
            Set<String> twins = twinned;
            List<TrackerSnapshot.Issue> kept = copies.stream().filter(i -> twins.contains(i.key())).toList();
            if (kept.size() != 1) continue; // not settled yet, or twinned twice: the convergence check reports it
            for (TrackerSnapshot.Issue extra : copies) {
                if (extra == kept.get(0)) continue;
                found.computeIfAbsent(side.side + " issue " + extra.key(), k -> explain("issue", side.side, entry.getKey(),
                        extra.key(), issueCreated(side.side, extra.key()), writer));
            }
            entry.setValue(new ArrayList<>(kept));
        }
    }

    private void absorbComments(TrackerSnapshot side, String writer) {
        for (Map.Entry<String, List<TrackerSnapshot.Issue>> entry : side.byToken.entrySet()) {
            List<TrackerSnapshot.Issue> issues = new ArrayList<>();
            for (TrackerSnapshot.Issue issue : entry.getValue()) {
                Map<String, Integer> seen = new LinkedHashMap<>();
                for (String text : issue.comments()) tokenOf(text).ifPresent(tok -> seen.merge(tok, 1, Integer::sum));
                Set<String> doubled = new HashSet<>();
                seen.forEach((tok, n) -> {
                    if (n > 1) doubled.add(tok);
                });
                if (doubled.isEmpty()) {
                    issues.add(issue);
                    continue;
                }
                List<JsonNode> comments = comments(side.side, issue.key());
                List<String> kept = new ArrayList<>();
                Set<String> keptTokens = new HashSet<>();
                // the sync's retry made the later copy and traced it: it carries later edits; the earlier one is extra
                for (int i = issue.comments().size() - 1; i >= 0; i--) {
                    String text = issue.comments().get(i);
                    String tok = tokenOf(text).orElse(null);
                    if (tok != null && doubled.contains(tok) && !keptTokens.add(tok)) {
                        JsonNode c = i < comments.size() ? comments.get(i) : null;
                        String id = c == null ? "?" : c.path("id").asText();
                        found.computeIfAbsent(side.side + " comment " + id, k -> explain("comment", side.side, tok,
                                issue.key() + " comment " + id, c == null ? null : commentCreated(side.side, c), writer));
                        continue;
                    }
                    kept.add(0, text);
                }
                issues.add(new TrackerSnapshot.Issue(issue.key(), issue.summary(), issue.description(), issue.priority(),
                        issue.labels(), issue.assignee(), issue.status(), kept));
            }
            entry.setValue(issues);
        }
    }

    private Duplicate explain(String what, String side, String token, String key, Instant created, String writer) {
        boolean lostAck = created != null && kills.stream().anyMatch(k -> k.node().equals(writer)
                && !created.isAfter(k.at().plusMillis(500)) && !created.isBefore(k.at().minus(CREATION_WINDOW)));
        return new Duplicate(what, side, token, key, created, lostAck);
    }

    private static java.util.Optional<String> tokenOf(String text) {
        Matcher m = COMMENT_TOKEN.matcher(text);
        return m.find() ? java.util.Optional.of(m.group()) : java.util.Optional.empty();
    }

    private Set<String> twinnedKeys(String node) {
        CrashNode n = node.equals("jira-node") ? t.jiraNode : t.githubNode;
        Set<String> keys = new HashSet<>();
        long after = 0;
        while (true) {
            JsonNode page = n.admin().get("/api/twins?limit=1000&after=" + after);
            for (JsonNode twin : page) {
                keys.add(twin.path("localKey").asText());
                after = Math.max(after, twin.path("id").asLong());
            }
            if (page.size() < 1000) return keys;
        }
    }

    private Instant issueCreated(String side, String key) {
        if (side.equals("Jira")) return jiraTime(t.jira.rest().get("/rest/api/3/issue/" + key + "?fields=created").path("fields").path("created").asText());
        return Instant.parse(t.github.rest().get("/repos/acme/demo/issues/" + key).path("created_at").asText());
    }

    private List<JsonNode> comments(String side, String key) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode all = side.equals("Jira") ? t.jira.rest().get("/rest/api/3/issue/" + key + "/comment?maxResults=1000").path("comments")
                : t.github.rest().get("/repos/acme/demo/issues/" + key + "/comments?per_page=100");
        all.forEach(out::add);
        return out;
    }

    private static Instant commentCreated(String side, JsonNode comment) {
        return side.equals("Jira") ? jiraTime(comment.path("created").asText()) : Instant.parse(comment.path("created_at").asText());
    }

    private static Instant jiraTime(String text) {
        return OffsetDateTime.parse(text, JIRA_TIME).toInstant();
    }
}
