package io.entwine.it;

import io.entwine.script.DefaultRules;
import io.entwine.server.RunningNode;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.EventStatus;
import io.entwine.store.rule.Direction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Each processed event records the version of the rules that processed it; publishing makes a new version active. */
class RuleVersionsIT {
    @TempDir
    Path dataDir;
    Topology t;

    @BeforeEach
    void start() {
        t = Topology.start(dataDir);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    private static List<Integer> versions(RunningNode node, EventKind kind) {
        return node.node().database().inTransaction(tx -> tx.queue().list(EventStatus.DONE, 1000).stream()
                .filter(e -> e.kind() == kind)
                .map(e -> tx.queue().ruleVersion(e.id()).orElse(null)).toList());
    }

    @Test
    void eventsRecordTheRuleVersionThatProcessedThem() {
        String key = t.jira.create("Versioned", null, "Medium");
        String number = t.awaitGithubTwin(key);
        t.awaitQuiet();
        assertThat(versions(t.jiraNode(), EventKind.LOCAL_CHANGE)).isNotEmpty().containsOnly(1);
        assertThat(versions(t.githubNode(), EventKind.APPLY)).containsExactly(1);

        var published = t.githubNode().node().rules().publish(t.demo.connectionId(), Direction.INCOMING,
                "// version 2: the defaults, republished\n" + DefaultRules.incoming("github"));
        assertThat(published.version()).isEqualTo(2);
        t.jira.setSummary(key, "Versioned, edited");
        await().atMost(Duration.ofSeconds(20)).until(() -> t.github.issue(number).path("title").asText().equals("Versioned, edited"));
        t.awaitQuiet();

        assertThat(versions(t.githubNode(), EventKind.APPLY)).containsExactly(1, 2);
    }
}
