package io.entwine.server.config;

import io.entwine.api.errors.ConfigException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeConfigTest {
    private Properties minimal() {
        Properties p = new Properties();
        p.setProperty("node.name", "jira-node");
        p.setProperty("node.port", "7002");
        p.setProperty("tracker.kind", "jira-cloud");
        p.setProperty("tracker.baseUrl", "https://x.atlassian.net");
        p.setProperty("tracker.apiToken", "from-file");
        return p;
    }

    @Test
    void readsDefaultsAndTrackerSettings() {
        NodeConfig c = NodeConfig.from(minimal(), Map.of(), "test.properties");
        assertThat(c.publicUrl()).isEqualTo("http://127.0.0.1:7002");
        assertThat(c.settings().pollInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.trackerSettings()).containsEntry("baseUrl", "https://x.atlassian.net").containsEntry("apiToken", "from-file");
    }

    @Test
    void environmentOverridesTheFile() {
        NodeConfig c = NodeConfig.from(minimal(), Map.of("ENTWINE_TRACKER_APITOKEN", "from-env"), "test.properties");
        assertThat(c.trackerSettings()).containsEntry("apiToken", "from-env");
    }

    @Test
    void theEnvironmentSuppliesACredentialTheFileLeavesOut() {
        Properties p = minimal();
        p.remove("tracker.apiToken");
        NodeConfig c = NodeConfig.from(p, Map.of("ENTWINE_TRACKER_APITOKEN", "from-env", "ENTWINE_ADMIN_TOKEN", "not-a-setting"), "t");
        assertThat(c.trackerSettings()).containsEntry("apiToken", "from-env").doesNotContainKey("admin.token");
    }

    @Test
    void theKeyFileLivesBesideTheDataDirectoryUnlessConfigured() {
        Properties p = minimal();
        p.setProperty("node.dataDir", "/var/lib/entwine/jira");
        assertThat(NodeConfig.from(p, Map.of(), "t").keyFile()).isEqualTo(Path.of("/var/lib/entwine/jira-node.key"));
        p.setProperty("node.keyFile", "/etc/entwine/jira.key");
        assertThat(NodeConfig.from(p, Map.of(), "t").keyFile()).isEqualTo(Path.of("/etc/entwine/jira.key"));
    }

    @Test
    void namesTheMissingOrWrongSetting() {
        Properties p = minimal();
        p.remove("node.name");
        assertThatThrownBy(() -> NodeConfig.from(p, Map.of(), "a.properties")).isInstanceOf(ConfigException.class)
                .hasMessage("a.properties: 'node.name' is required");
        Properties q = minimal();
        q.setProperty("sync.pollInterval", "30s");
        assertThatThrownBy(() -> NodeConfig.from(q, Map.of(), "a.properties"))
                .hasMessage("a.properties: 'sync.pollInterval' must be an ISO-8601 duration such as PT30S, got '30s'");
    }
}
