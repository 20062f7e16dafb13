package io.entwine.it;

import io.entwine.connector.support.origin.OriginMarker;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything one tracker holds, read the way a person would (through the REST API, with paging), in the neutral
 * shape the convergence check compares: issues grouped by their token (two issues with one token are a duplicate).
 */
final class TrackerSnapshot {
    private static final Pattern TOKEN = Pattern.compile("iss\\d{4}x");

    /** One issue as read: status is "open"/"closed" on both sides (Jira's Done is closed). */
    record Issue(String key, String summary, String description, String priority, List<String> labels,
                 String assignee, String status, List<String> comments) {
    }

    final String side;
    final Map<String, List<Issue>> byToken = new LinkedHashMap<>();
    final List<Issue> untokened = new ArrayList<>();

    private TrackerSnapshot(String side) {
        this.side = side;
    }

    static TrackerSnapshot of(JiraUser jira) {
        TrackerSnapshot s = new TrackerSnapshot("Jira");
        String token = null;
        do {
            JsonNode page = jira.rest().get("/rest/api/3/search/jql?jql=project%20%3D%20DEMO%20ORDER%20BY%20key%20ASC&maxResults=100"
                    + "&fields=summary,description,priority,labels,assignee,status" + (token == null ? "" : "&nextPageToken=" + token));
            for (JsonNode i : page.path("issues")) {
                JsonNode f = i.path("fields");
                String key = i.path("key").asText();
                List<String> labels = new ArrayList<>();
                f.path("labels").forEach(l -> labels.add(l.asText()));
                labels.sort(null);
                List<String> comments = new ArrayList<>();
                for (JsonNode c : jira.rest().get("/rest/api/3/issue/" + key + "/comment?maxResults=1000").path("comments")) {
                    comments.add(JiraUser.text(c.path("body")));
                }
                String status = f.path("status").path("statusCategory").path("key").asText().equals("done")
                        || f.path("status").path("name").asText().equals("Done") ? "closed" : "open";
                s.add(new Issue(key, f.path("summary").asText(), JiraUser.text(f.path("description")),
                        f.path("priority").path("name").asText(null), labels,
                        f.path("assignee").isObject() ? f.path("assignee").path("emailAddress").asText(null) : null,
                        status, comments));
            }
            token = page.path("isLast").asBoolean(true) ? null : page.path("nextPageToken").asText(null);
        } while (token != null);
        return s;
    }

    static TrackerSnapshot of(GitHubUser github) {
        TrackerSnapshot s = new TrackerSnapshot("GitHub");
        for (int page = 1; ; page++) {
            JsonNode issues = github.rest().get("/repos/acme/demo/issues?state=all&per_page=100&sort=created&direction=asc&page=" + page);
            if (issues.isEmpty()) break;
            for (JsonNode i : issues) {
                if (i.has("pull_request")) continue;
                String number = i.path("number").asText();
                List<String> labels = new ArrayList<>();
                String priority = null;
                for (JsonNode l : i.path("labels")) {
                    String name = l.path("name").asText();
                    if (name.startsWith("priority: ")) priority = name.substring("priority: ".length());
                    else labels.add(name);
                }
                labels.sort(null);
                List<String> comments = new ArrayList<>();
                for (int cp = 1; ; cp++) {
                    JsonNode batch = github.rest().get("/repos/acme/demo/issues/" + number + "/comments?per_page=100&page=" + cp);
                    batch.forEach(c -> comments.add(String.valueOf(OriginMarker.strip(c.path("body").asText())))); // as rendered
                    if (batch.size() < 100) break;
                }
                String login = i.path("assignee").isObject() ? i.path("assignee").path("login").asText() : null;
                s.add(new Issue(number, i.path("title").asText(), visible(i.path("body")), priority, labels,
                        login == null ? null : login + "@example.com", i.path("state").asText(), comments));
            }
            if (issues.size() < 100) break;
        }
        return s;
    }

    private void add(Issue issue) {
        Matcher m = TOKEN.matcher(issue.summary());
        if (m.find()) byToken.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(issue);
        else untokened.add(issue);
    }

    int issueCount() {
        return byToken.values().stream().mapToInt(List::size).sum() + untokened.size();
    }

    /** A GitHub body as a person sees it: the sync's hidden origin marker (an HTML comment) is not rendered. */
    private static String visible(JsonNode body) {
        String text = OriginMarker.strip(body.asText(""));
        return text == null ? "" : text;
    }
}
