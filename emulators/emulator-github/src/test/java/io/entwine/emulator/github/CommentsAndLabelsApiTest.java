package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommentsAndLabelsApiTest {
    private static final String REPO = "/repos/acme/demo";

    private final TestClock clock = TestClock.at("2026-11-23T10:00:00Z");
    private GitHubEmulator github;
    private Api api;

    @BeforeEach
    void start() {
        github = new GitHubEmulator(clock).start(0);
        api = Api.bearer(github, "demo");
        api.post(REPO + "/issues", Api.json("title", "first"));
        api.post(REPO + "/issues", Api.json("title", "second"));
    }

    @AfterEach
    void stop() {
        github.close();
    }

    private JsonNode comment(int issue, String body) {
        Api.Answer created = api.post(REPO + "/issues/" + issue + "/comments", Api.json("body", body));
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }

    @Test
    void addsACommentWithItsLinksAndBumpsTheIssue() {
        clock.advance(Duration.ofMinutes(3));

        JsonNode c = comment(1, "Looks like **a bug**");

        assertThat(c.get("id").asLong()).isPositive();
        assertThat(c.get("body").asText()).isEqualTo("Looks like **a bug**");
        assertThat(c.get("user").get("login").asText()).isEqualTo("demo-bot");
        assertThat(c.get("created_at").asText()).isEqualTo("2026-11-23T10:03:00Z");
        assertThat(c.get("updated_at").asText()).isEqualTo("2026-11-23T10:03:00Z");
        assertThat(c.get("issue_url").asText()).isEqualTo(github.baseUrl() + REPO + "/issues/1");
        assertThat(c.get("html_url").asText()).isEqualTo(github.baseUrl() + "/acme/demo/issues/1#issuecomment-" + c.get("id").asLong());
        JsonNode issue = api.get(REPO + "/issues/1").json();
        assertThat(issue.get("comments").asInt()).isEqualTo(1);
        assertThat(issue.get("updated_at").asText()).isEqualTo("2026-11-23T10:03:00Z");
    }

    @Test
    void refusesACommentWithoutBody() {
        Api.Answer answer = api.post(REPO + "/issues/1/comments", "{}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("body");
        assertThat(api.post(REPO + "/issues/77/comments", Api.json("body", "x")).status()).isEqualTo(404);
    }

    @Test
    void editsAndDeletesACommentWithoutTouchingTheIssue() {
        long id = comment(1, "draft").get("id").asLong();
        clock.advance(Duration.ofMinutes(10));

        JsonNode edited = api.patch(REPO + "/issues/comments/" + id, Api.json("body", "final")).json();
        assertThat(edited.get("body").asText()).isEqualTo("final");
        assertThat(edited.get("updated_at").asText()).isEqualTo("2026-11-23T10:10:00Z");
        assertThat(edited.get("created_at").asText()).isEqualTo("2026-11-23T10:00:00Z");
        assertThat(api.get(REPO + "/issues/comments/" + id).json().get("body").asText()).isEqualTo("final");
        assertThat(api.get(REPO + "/issues/1").json().get("updated_at").asText()).isEqualTo("2026-11-23T10:00:00Z");

        assertThat(api.delete(REPO + "/issues/comments/" + id).status()).isEqualTo(204);
        assertThat(api.get(REPO + "/issues/comments/" + id).status()).isEqualTo(404);
        assertThat(api.delete(REPO + "/issues/comments/" + id).status()).isEqualTo(404);
        assertThat(api.get(REPO + "/issues/1").json().get("comments").asInt()).isZero();
    }

    @Test
    void listsTheCommentsOfOneIssueOldestFirstWithPaging() {
        for (int i = 1; i <= 5; i++) comment(1, "c" + i);
        comment(2, "other");

        Api.Answer page = api.get(REPO + "/issues/1/comments?per_page=2");
        assertThat(page.json().findValuesAsText("body")).containsExactly("c1", "c2");
        assertThat(page.link("last")).endsWith("per_page=2&page=3");
        assertThat(api.all(REPO + "/issues/1/comments?per_page=2")).extracting(c -> c.get("body").asText())
                .containsExactly("c1", "c2", "c3", "c4", "c5");
    }

    @Test
    void listsRepositoryCommentsChangedSinceByUpdatedAscending() {
        long a = comment(1, "a").get("id").asLong();
        clock.advance(Duration.ofMinutes(1));
        comment(2, "b");
        clock.advance(Duration.ofMinutes(1));
        comment(1, "c");
        clock.advance(Duration.ofMinutes(1));
        api.patch(REPO + "/issues/comments/" + a, Api.json("body", "a2"));

        String feed = REPO + "/issues/comments?sort=updated&direction=asc&since=2026-11-23T10:01:00Z";
        assertThat(api.get(feed).json().findValuesAsText("body")).containsExactly("b", "c", "a2");
        assertThat(api.get(REPO + "/issues/comments?sort=created&direction=asc").json().findValuesAsText("body"))
                .containsExactly("a2", "b", "c");
        Api.Answer paged = api.get(feed + "&per_page=2");
        assertThat(paged.json().findValuesAsText("body")).containsExactly("b", "c");
        assertThat(api.get(paged.link("next")).json().findValuesAsText("body")).containsExactly("a2");
        assertThat(api.get(REPO + "/issues/comments?since=2026-11-23T10:03:01Z").json()).isEmpty();
    }

    @Test
    void managesRepositoryLabels() {
        Api.Answer created = api.post(REPO + "/labels", Api.json("name", "needs triage", "color", "#FBCA04", "description", "New"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("color").asText()).isEqualTo("fbca04");
        assertThat(created.json().get("default").asBoolean()).isFalse();
        assertThat(created.json().get("url").asText()).endsWith("/labels/needs%20triage");

        assertThat(api.post(REPO + "/labels", Api.json("name", "Needs Triage")).status()).isEqualTo(422);
        assertThat(api.get(REPO + "/labels/needs%20triage").json().get("description").asText()).isEqualTo("New");

        JsonNode renamed = api.patch(REPO + "/labels/needs%20triage", Api.json("new_name", "triage", "color", "000000")).json();
        assertThat(renamed.get("name").asText()).isEqualTo("triage");
        assertThat(api.get(REPO + "/labels/triage").status()).isEqualTo(200);

        assertThat(api.delete(REPO + "/labels/triage").status()).isEqualTo(204);
        assertThat(api.get(REPO + "/labels/triage").status()).isEqualTo(404);
        assertThat(api.get(REPO + "/labels").json().findValuesAsText("name")).contains("bug", "question").doesNotContain("triage");
    }

    @Test
    void addsSetsAndRemovesTheLabelsOfAnIssue() {
        clock.advance(Duration.ofMinutes(1));
        Api.Answer added = api.post(REPO + "/issues/1/labels", Api.json("labels", List.of("bug", "p1")));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().findValuesAsText("name")).containsExactly("bug", "p1");
        assertThat(api.get(REPO + "/issues/1").json().get("updated_at").asText()).isEqualTo("2026-11-23T10:01:00Z");

        assertThat(api.post(REPO + "/issues/1/labels", "[\"docs\"]").json().findValuesAsText("name"))
                .containsExactly("bug", "p1", "docs");
        assertThat(api.put(REPO + "/issues/1/labels", Api.json("labels", List.of("p2"))).json().findValuesAsText("name"))
                .containsExactly("p2");
        assertThat(api.get(REPO + "/issues/1/labels").json().findValuesAsText("name")).containsExactly("p2");

        Api.Answer removed = api.delete(REPO + "/issues/1/labels/p2");
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json()).isEmpty();
        Api.Answer missing = api.delete(REPO + "/issues/1/labels/p2");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("message").asText()).isEqualTo("Label does not exist");

        api.post(REPO + "/issues/1/labels", Api.json("labels", List.of("a", "b")));
        assertThat(api.delete(REPO + "/issues/1/labels").status()).isEqualTo(204);
        assertThat(api.get(REPO + "/issues/1").json().get("labels")).isEmpty();
    }
}
