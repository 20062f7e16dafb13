package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class MilestonesApiTest {
    private static final String ISSUES = "/repos/acme/demo/issues";

    private final TestClock clock = TestClock.at("2026-11-23T10:15:30.250Z");
    private GitHubEmulator github;
    private Api api;

    @BeforeEach
    void start() {
        github = new GitHubEmulator(clock).start(0);
        api = Api.bearer(github, "demo");
    }

    @AfterEach
    void stop() {
        github.close();
    }

    @Test
    void setsListsAndRemovesAnIssuesMilestoneByNumber() {
        int v1 = github.addMilestone("acme", "demo", "v1.0");
        int v2 = github.addMilestone("acme", "demo", "v2.0");

        JsonNode created = api.post(ISSUES, "{\"title\":\"Planned\",\"milestone\":" + v1 + "}").json();
        assertThat(created.at("/milestone/title").asText()).isEqualTo("v1.0");
        assertThat(created.at("/milestone/number").asInt()).isEqualTo(v1);
        clock.advance(Duration.ofSeconds(5));

        Api.Answer moved = api.patch(ISSUES + "/1", "{\"milestone\":" + v2 + "}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().at("/milestone/title").asText()).isEqualTo("v2.0");
        assertThat(moved.json().get("updated_at").asText()).isEqualTo("2026-11-23T10:15:35Z");
        JsonNode milestones = api.get("/repos/acme/demo/milestones?state=all").json();
        assertThat(milestones.findValuesAsText("title")).containsExactly("v1.0", "v2.0");
        assertThat(milestones.get(1).get("open_issues").asInt()).isEqualTo(1);

        assertThat(api.patch(ISSUES + "/1", "{\"milestone\":99}").status()).isEqualTo(422);
        assertThat(api.patch(ISSUES + "/1", "{\"milestone\":null}").json().get("milestone").isNull()).isTrue();
        assertThat(GitHubRestContract.load().violations(github.journal().all())).isEmpty();
    }
}
