package io.entwine.emulator.jira;

import io.entwine.testkit.JiraCloudContract;
import io.entwine.testkit.ManualClock;
import io.entwine.emulator.core.RecordedExchange;
import io.entwine.testkit.ApiSpecs;
import io.entwine.testkit.OpenApiContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.entwine.emulator.jira.JiraHttp.doc;
import static io.entwine.emulator.jira.JiraHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Replays a representative session and checks every recorded request and answer against Atlassian's descriptions. */
class JiraEmulatorContractTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T10:00:00Z"));
    private JiraEmulator jira;
    private JiraHttp http;

    @BeforeEach
    void start() {
        jira = new JiraEmulator(clock).start(0);
        http = JiraHttp.asDemo(jira);
    }

    @AfterEach
    void stop() {
        jira.close();
    }

    private void representativeSession() {
        String alice = jira.accountId("alice@example.com");
        http.get("/rest/api/3/myself");
        http.get("/rest/api/3/serverInfo");
        http.get("/rest/api/3/user/search?query=alice");
        http.get("/rest/api/3/user?accountId=" + alice);
        http.get("/rest/api/3/priority/search");
        http.get("/rest/api/3/status");
        http.get("/rest/api/3/issuetype");
        http.get("/rest/api/3/project/DEMO");

        var fields = json("{'project':{'key':'DEMO'},'issuetype':{'name':'Bug'},'summary':'Contract','priority':{'name':'High'},"
                + "'labels':['a'],'assignee':{'accountId':'" + alice + "'}}");
        fields.set("description", doc("Described"));
        String key = http.post("/rest/api/3/issue", Map.of("fields", fields)).text("/key");
        http.createIssue("second");
        http.createIssue("third");
        http.post("/rest/api/3/issue", json("{'fields':{'project':{'key':'DEMO'},'summary':'no type'}}"));
        clock.advance(Duration.ofMinutes(1));
        http.put("/rest/api/3/issue/" + key, json("{'fields':{'summary':'Contract 2'},'update':{'labels':[{'add':'b'}]}}"));
        http.get("/rest/api/3/issue/" + key);
        http.get("/rest/api/3/issue/" + key + "?fields=summary,updated&expand=changelog");
        http.get("/rest/api/3/issue/" + key + "?fields=status&expand=transitions");
        http.get("/rest/api/3/issue/DEMO-404");

        String commentId = http.post("/rest/api/3/issue/" + key + "/comment", Map.of("body", doc("hi"))).text("/id");
        http.get("/rest/api/3/issue/" + key + "/comment?startAt=0&maxResults=10");
        http.get("/rest/api/3/issue/" + key + "/comment/" + commentId);
        http.put("/rest/api/3/issue/" + key + "/comment/" + commentId, Map.of("body", doc("hi again")));

        String transition = http.get("/rest/api/3/issue/" + key + "/transitions").text("/transitions/0/id");
        http.post("/rest/api/3/issue/" + key + "/transitions", Map.of("transition", Map.of("id", transition)));
        http.get("/rest/api/3/issue/" + key + "/changelog");

        JiraHttp.Response page = http.post("/rest/api/3/search/jql", Map.of("jql",
                "project = DEMO AND updated >= \"2026-11-23 09:58\" ORDER BY updated ASC, key ASC", "fields", List.of("updated", "summary"), "maxResults", 2));
        http.post("/rest/api/3/search/jql", Map.of("jql", "project = DEMO AND updated >= \"2026-11-23 09:58\" ORDER BY updated ASC, key ASC",
                "fields", List.of("updated", "summary"), "maxResults", 2, "nextPageToken", page.text("/nextPageToken")));
        http.get("/rest/api/3/search/jql?jql=" + URLEncoder.encode("project = DEMO", StandardCharsets.UTF_8) + "&fields=summary&fields=status");
        http.post("/rest/api/3/search/jql", Map.of("jql", "project = NOPE"));

        http.delete("/rest/api/3/issue/" + key + "/comment/" + commentId);
        http.delete("/rest/api/3/issue/" + key);
    }

    @Test
    void everyRestV3ExchangeOfASessionFitsTheOfficialDescription() {
        representativeSession();

        List<RecordedExchange> exchanges = jira.journal().matching(e -> e.path().startsWith("/rest/api/3/"));
        assertThat(exchanges).hasSizeGreaterThan(25);
        assertThat(exchanges).extracting(RecordedExchange::status).contains(200, 201, 204, 400, 404);
        assertThat(new JiraCloudContract().violations(exchanges)).isEmpty();
    }

    @Test
    void adminWebhookRegistrationFitsTheWebhookDescription() {
        http.post("/rest/webhooks/1.0/webhook", Map.of("name", "entwine", "url", "http://127.0.0.1:9/hook",
                "events", List.of("jira:issue_created"), "filters", Map.of("issue-related-events-section", "project = DEMO"), "secret", "x"));
        http.get("/rest/webhooks/1.0/webhook");
        http.get("/rest/webhooks/1.0/webhook/1");
        http.delete("/rest/webhooks/1.0/webhook/1");

        List<RecordedExchange> exchanges = jira.journal().matching(e -> e.path().startsWith("/rest/webhooks/"));
        assertThat(exchanges).extracting(RecordedExchange::status).containsExactly(201, 200, 200, 204);
        // The validator closes every object schema it checks (additionalProperties: false), so each part of
        // AdminWebhook's allOf rejects the other part's properties and no instance could ever match the allOf.
        assertThat(OpenApiContract.of(ApiSpecs.jiraWebhooks()).ignoring("validation.response.body.schema.allOf")
                .violations(exchanges)).isEmpty();
    }
}
