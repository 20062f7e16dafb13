package io.entwine.emulator.jira;

import io.entwine.testkit.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.entwine.emulator.jira.JiraHttp.doc;
import static org.assertj.core.api.Assertions.assertThat;

class JiraEmulatorCommentTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T10:00:00Z"));
    private JiraEmulator jira;
    private JiraHttp http;
    private String key;

    @BeforeEach
    void start() {
        jira = new JiraEmulator(clock).start(0);
        http = JiraHttp.asDemo(jira);
        key = http.createIssue("commented");
    }

    @AfterEach
    void stop() {
        jira.close();
    }

    @Test
    void addsReadsEditsAndDeletesCommentsWithAdfBodies() {
        clock.advance(Duration.ofMinutes(1));
        JiraHttp.Response added = http.post("/rest/api/3/issue/" + key + "/comment", Map.of("body", doc("first")));

        assertThat(added.status()).isEqualTo(201);
        String id = added.text("/id");
        assertThat(added.body().get("body")).isEqualTo(doc("first"));
        assertThat(added.text("/author/emailAddress")).isEqualTo("demo@example.com");
        assertThat(added.text("/created")).isEqualTo("2026-11-23T10:01:00.000+0000");
        assertThat(http.get("/rest/api/3/issue/" + key).text("/fields/updated")).isEqualTo("2026-11-23T10:01:00.000+0000");

        jira.setApiToken("bob@example.com", "b");
        clock.advance(Duration.ofMinutes(1));
        JiraHttp.Response edited = new JiraHttp(jira.baseUrl(), "bob@example.com", "b")
                .put("/rest/api/3/issue/" + key + "/comment/" + id, Map.of("body", doc("edited")));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.text("/updateAuthor/displayName")).isEqualTo("Bob Baker");
        assertThat(edited.text("/author/displayName")).isEqualTo("Demo Admin");
        assertThat(edited.text("/updated")).isEqualTo("2026-11-23T10:02:00.000+0000");
        assertThat(http.get("/rest/api/3/issue/" + key + "/comment/" + id).body().get("body")).isEqualTo(doc("edited"));

        JiraHttp.Response list = http.get("/rest/api/3/issue/" + key + "/comment");
        assertThat(list.body().get("total").asInt()).isEqualTo(1);
        assertThat(list.text("/comments/0/id")).isEqualTo(id);

        clock.advance(Duration.ofMinutes(1));
        assertThat(http.delete("/rest/api/3/issue/" + key + "/comment/" + id).status()).isEqualTo(204);
        assertThat(http.get("/rest/api/3/issue/" + key + "/comment/" + id).status()).isEqualTo(404);
        assertThat(http.get("/rest/api/3/issue/" + key).text("/fields/updated")).isEqualTo("2026-11-23T10:03:00.000+0000");
        assertThat(http.delete("/rest/api/3/issue/" + key + "/comment/" + id).status()).isEqualTo(404);
    }

    @Test
    void pagesCommentsWithStartAtAndMaxResults() {
        for (int i = 0; i < 5; i++) http.post("/rest/api/3/issue/" + key + "/comment", Map.of("body", doc("c" + i)));

        JiraHttp.Response page = http.get("/rest/api/3/issue/" + key + "/comment?startAt=2&maxResults=2");

        assertThat(page.body().get("total").asInt()).isEqualTo(5);
        assertThat(page.body().get("comments")).hasSize(2);
        assertThat(page.body().at("/comments/0/body/content/0/content/0/text").asText()).isEqualTo("c2");
    }

    @Test
    void refusesBodiesThatAreNotAdfDocuments() {
        JiraHttp.Response plain = http.post("/rest/api/3/issue/" + key + "/comment", Map.of("body", "plain text"));
        JiraHttp.Response missing = http.post("/rest/api/3/issue/" + key + "/comment", Map.of("visibility", Map.of()));

        assertThat(plain.status()).isEqualTo(400);
        assertThat(plain.text("/errors/comment")).startsWith("Operation value must be an Atlassian Document");
        assertThat(missing.text("/errors/comment")).isEqualTo("Comment body can not be empty!");
        assertThat(http.get("/rest/api/3/issue/" + key + "/comment").body().get("total").asInt()).isZero();
    }

    @Test
    void commentsOfAMissingIssueAre404() {
        assertThat(http.post("/rest/api/3/issue/DEMO-99/comment", Map.of("body", doc("x"))).status()).isEqualTo(404);
    }
}
