package io.entwine.it;

import io.entwine.store.rule.Direction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One-way is decided by each side's rules alone: here the GitHub side sends nothing. */
class OneWayIT {
    @TempDir
    Path dataDir;
    Topology t;

    @BeforeEach
    void start() {
        t = Topology.start(dataDir);
        t.githubNode().node().rules().publish(t.demo.connectionId(), Direction.OUTGOING,
                "// one-way: this side sends nothing\nreturn\n");
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void changesFlowFromJiraToGitHubOnly() {
        String key = t.jira.create("One way", "from Jira", "Medium");
        String number = t.awaitGithubTwin(key);
        t.jira.setSummary(key, "Jira edits travel");
        await().atMost(Duration.ofSeconds(20)).until(() -> t.github.issue(number).path("title").asText().equals("Jira edits travel"));

        t.github.setTitle(number, "GitHub edits stay on GitHub");
        String other = t.github.create("Created on GitHub", null);
        t.awaitQuiet();

        assertThat(t.jira.issue(key).path("fields").path("summary").asText()).isEqualTo("Jira edits travel");
        assertThat(t.jira.keys()).containsExactly(key);
        assertThat(t.jiraTwinOf(other)).isEmpty();
    }
}
