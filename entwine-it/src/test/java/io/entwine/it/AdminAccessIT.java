package io.entwine.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Each node's admin API answers its own admin token only, while node-to-node messages keep flowing by signature. */
class AdminAccessIT {
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

    @Test
    void theAdminApiNeedsTheNodesOwnTokenWhileSyncFlows() {
        String key = t.jira.create("Synced while the admin API is locked", "text", "Medium");
        String number = t.awaitGithubTwin(key);

        RestClient jiraAdmin = Topology.admin(t.jiraNode());
        JsonNode twins = jiraAdmin.get("/api/twins");
        assertThat(twins.findValuesAsText("localKey")).contains(key);
        assertThat(twins.findValuesAsText("remoteKey")).contains(number);

        RestClient anonymous = new RestClient(t.jiraNode().url(), null);
        HttpResponse<String> none = anonymous.raw("GET", "/api/twins", Map.of(), null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"entwine\"");
        HttpResponse<String> otherNodes = anonymous.raw("GET", "/api/twins",
                Map.of("Authorization", "Bearer " + Topology.adminToken(t.githubNode())), null);
        assertThat(otherNodes.statusCode()).as("a token belongs to one node").isEqualTo(403);

        // a rule change over the admin API takes effect: the GitHub side stops sending
        Topology.admin(t.githubNode()).put("/api/connections/demo/rules/outgoing", Map.of("script", "return"));
        t.github.setTitle(number, "Stays on GitHub");
        t.awaitQuiet();
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> t.jira.issue(key).path("fields").path("summary").asText().equals("Synced while the admin API is locked"));
    }
}
