package io.entwine.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.testkit.EmbeddedPostgresExtension;
import io.entwine.testkit.PostgresDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Production mode: both nodes on a real PostgreSQL (one database each), same behaviour as on the embedded default. */
class PostgresSyncIT {
    @RegisterExtension
    static final EmbeddedPostgresExtension PG = new EmbeddedPostgresExtension();

    @TempDir
    Path dataDir;
    Topology t;

    private static Map<String, String> settings(PostgresDatabase db) {
        return Map.of("database.url", db.jdbcUrl(), "database.user", db.user(), "database.password", db.password());
    }

    @BeforeEach
    void start() {
        t = Topology.start(dataDir, settings(PG.createDatabase()), settings(PG.createDatabase()));
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void syncsBothWaysWithCommentsAndNoEcho() {
        String key = t.jira.create("On PostgreSQL", "text", "High", "pg");
        String number = t.awaitGithubTwin(key);
        t.github.comment(number, "Comment from GitHub");
        t.github.setTitle(number, "Renamed on GitHub");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode fields = t.jira.issue(key).path("fields");
            assertThat(fields.path("summary").asText()).isEqualTo("Renamed on GitHub");
            assertThat(t.jira.commentTexts(key)).hasSize(1);
        });
        t.awaitQuiet();
        long writes = t.trackerWrites();
        t.jira.setSummary(key, "Back from Jira");
        await().atMost(Duration.ofSeconds(20)).until(() -> t.github.issue(number).path("title").asText().equals("Back from Jira"));
        t.awaitQuiet();
        assertThat(t.trackerWrites() - writes).isEqualTo(2);
        assertThat(t.github.commentBodies(number)).hasSize(1);
    }
}
