package io.entwine.emulator.jira;

import io.entwine.testkit.ManualClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.entwine.emulator.jira.JiraHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

class JiraEmulatorSearchTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T10:00:00Z"));
    private JiraEmulator jira;
    private JiraHttp http;

    @BeforeEach
    void start() {
        jira = new JiraEmulator(clock).start(0);
        http = JiraHttp.asDemo(jira);
        jira.addProject("OPS", "Operations");
    }

    @AfterEach
    void stop() {
        jira.close();
    }

    /** Creates DEMO-1..n, one minute apart starting 10:00 UTC. */
    private void createDemoIssues(int n) {
        for (int i = 1; i <= n; i++) {
            http.createIssue("issue " + i);
            clock.advance(Duration.ofMinutes(1));
        }
    }

    private List<String> keys(String jql) {
        JiraHttp.Response response = http.post("/rest/api/3/search/jql", Map.of("jql", jql, "fields", List.of("updated"), "maxResults", 100));
        assertThat(response.status()).as(jql + " -> " + response.body()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        response.body().get("issues").forEach(i -> keys.add(i.get("key").asText()));
        return keys;
    }

    @Test
    void filtersByProjectKeyQuotedOrNot() {
        createDemoIssues(2);
        http.post("/rest/api/3/issue", json("{'fields':{'project':{'key':'OPS'},'issuetype':{'name':'Task'},'summary':'ops'}}"));

        assertThat(keys("project = DEMO ORDER BY key ASC")).containsExactly("DEMO-1", "DEMO-2");
        assertThat(keys("project = \"OPS\"")).containsExactly("OPS-1");
        assertThat(keys("project = 'demo' ORDER BY key DESC")).containsExactly("DEMO-2", "DEMO-1");
    }

    @Test
    void comparesUpdatedAtMinutePrecisionInEveryOperatorAndFormat() {
        createDemoIssues(4); // updated 10:00, 10:01, 10:02, 10:03

        assertThat(keys("project = DEMO AND updated >= \"2026-11-23 10:02\" ORDER BY updated ASC")).containsExactly("DEMO-3", "DEMO-4");
        assertThat(keys("project = DEMO AND updated > \"2026-11-23 10:02\" ORDER BY updated ASC")).containsExactly("DEMO-4");
        assertThat(keys("project = DEMO AND updated <= \"2026/11/23 10:01\" ORDER BY updated ASC")).containsExactly("DEMO-1", "DEMO-2");
        assertThat(keys("project = DEMO AND updated < \"2026/11/23 10:01\" ORDER BY updated ASC")).containsExactly("DEMO-1");
        assertThat(keys("updated >= 2026-11-24")).isEmpty();
        assertThat(keys("updated >= -2m ORDER BY key ASC")).containsExactly("DEMO-3", "DEMO-4");
    }

    @Test
    void evaluatesJqlDatesInTheSearchersTimeZone() {
        createDemoIssues(2); // 10:00 and 10:01 UTC = 11:00 and 11:01 in Berlin
        jira.setTimeZone("demo@example.com", ZoneId.of("Europe/Berlin"));

        assertThat(keys("updated >= \"2026-11-23 11:01\"")).containsExactly("DEMO-2");
        assertThat(keys("updated >= \"2026-11-23 10:01\" ORDER BY key ASC")).containsExactly("DEMO-1", "DEMO-2");
    }

    @Test
    void filtersByKeyStatusAndLabels() {
        createDemoIssues(3);
        http.put("/rest/api/3/issue/DEMO-2", json("{'fields':{'labels':['synced','x']}}"));
        http.post("/rest/api/3/issue/DEMO-3/transitions", json("{'transition':{'id':'21'}}"));

        assertThat(keys("key = DEMO-2")).containsExactly("DEMO-2");
        assertThat(keys("status = \"In Progress\"")).containsExactly("DEMO-3");
        assertThat(keys("status = 'To Do' ORDER BY key ASC")).containsExactly("DEMO-1", "DEMO-2");
        assertThat(keys("labels = synced")).containsExactly("DEMO-2");
        assertThat(keys("project = DEMO AND labels = synced AND status = \"To Do\"")).containsExactly("DEMO-2");
        assertThat(keys("key in (DEMO-1, DEMO-3) ORDER BY key ASC")).containsExactly("DEMO-1", "DEMO-3");
    }

    @Test
    void ordersByUpdatedThenKey() {
        createDemoIssues(3);
        http.put("/rest/api/3/issue/DEMO-1", json("{'fields':{'summary':'touched last'}}"));

        assertThat(keys("project = DEMO ORDER BY updated ASC, key ASC")).containsExactly("DEMO-2", "DEMO-3", "DEMO-1");
        assertThat(keys("project = DEMO ORDER BY updated DESC")).containsExactly("DEMO-1", "DEMO-3", "DEMO-2");
    }

    @Test
    void pagesWithNextPageTokenUntilIsLast() {
        createDemoIssues(7);
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        while (true) {
            String query = "?jql=" + URLEncoder.encode("project = DEMO ORDER BY key ASC", StandardCharsets.UTF_8) + "&maxResults=3&fields=summary"
                    + (token == null ? "" : "&nextPageToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            JiraHttp.Response page = http.get("/rest/api/3/search/jql" + query);
            assertThat(page.status()).isEqualTo(200);
            pages++;
            page.body().get("issues").forEach(i -> seen.add(i.get("key").asText()));
            if (page.body().get("isLast").asBoolean()) {
                assertThat(page.body().has("nextPageToken")).isFalse();
                break;
            }
            token = page.text("/nextPageToken");
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("DEMO-1", "DEMO-2", "DEMO-3", "DEMO-4", "DEMO-5", "DEMO-6", "DEMO-7");
    }

    @Test
    void returnsOnlyIdsUnlessFieldsAreAsked() {
        createDemoIssues(1);

        JsonNode bare = http.post("/rest/api/3/search/jql", Map.of("jql", "project = DEMO")).body().at("/issues/0");
        JsonNode withFields = http.post("/rest/api/3/search/jql", Map.of("jql", "project = DEMO", "fields", List.of("summary", "status")))
                .body().at("/issues/0");

        assertThat(bare.get("id").asText()).isEqualTo("10000");
        assertThat(bare.has("fields")).isFalse();
        assertThat(withFields.get("fields").fieldNames()).toIterable().containsExactlyInAnyOrder("summary", "status");
    }

    @Test
    void refusesBadJqlWithJirasErrorMessages() {
        createDemoIssues(1);

        assertThat(http.post("/rest/api/3/search/jql", Map.of("jql", "project = NOPE")).text("/errorMessages/0"))
                .isEqualTo("The value 'NOPE' does not exist for the field 'project'.");
        assertThat(http.post("/rest/api/3/search/jql", Map.of("jql", "colour = red")).text("/errorMessages/0"))
                .isEqualTo("Field 'colour' does not exist or you do not have permission to view it.");
        assertThat(http.post("/rest/api/3/search/jql", Map.of("jql", "updated >= \"yesterday\"")).text("/errorMessages/0"))
                .startsWith("Date value 'yesterday' for field 'updated' is invalid.");
        JiraHttp.Response syntax = http.post("/rest/api/3/search/jql", Map.of("jql", "project DEMO"));
        assertThat(syntax.status()).isEqualTo(400);
        assertThat(syntax.text("/errorMessages/0")).startsWith("Error in the JQL Query: Expecting operator but got 'DEMO'");
        assertThat(http.post("/rest/api/3/search/jql", Map.of("jql", "project = DEMO", "nextPageToken", "garbage")).status()).isEqualTo(400);
        assertThat(http.post("/rest/api/3/search/jql", Map.of("jql", "project = DEMO", "startAt", 0)).status()).isEqualTo(400);
        assertThat(http.post("/rest/api/3/search/jql", Map.of("jql", "ORDER BY updated")).text("/errorMessages/0"))
                .isEqualTo("Unbounded JQL queries are not allowed here. Please add a search restriction to your query.");
    }
}
