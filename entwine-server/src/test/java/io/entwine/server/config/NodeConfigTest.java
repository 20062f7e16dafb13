package io.entwine.server.config;

import io.entwine.api.errors.ConfigException;
import io.entwine.core.notify.NotifySettings;
import io.entwine.server.mail.SmtpSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
    void attachmentsSpoolInTheDataDirectoryWithAConfigurableSizeLimit() {
        Properties p = minimal();
        p.setProperty("node.dataDir", "/var/lib/entwine/jira");
        NodeConfig defaults = NodeConfig.from(p, Map.of(), "t");
        assertThat(defaults.attachments().spoolDirectory()).isEqualTo(Path.of("/var/lib/entwine/jira/attachments"));
        assertThat(defaults.attachments().maxBytes()).isEqualTo(100L * 1024 * 1024);

        p.setProperty("attachments.maxBytes", "1048576");
        assertThat(NodeConfig.from(p, Map.of(), "t").attachments().maxBytes()).isEqualTo(1_048_576L);
        assertThat(NodeConfig.from(p, Map.of("ENTWINE_ATTACHMENTS_MAXBYTES", "42"), "t").attachments().maxBytes()).isEqualTo(42L);
        p.setProperty("attachments.maxBytes", "10MB");
        assertThatThrownBy(() -> NodeConfig.from(p, Map.of(), "t")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("'attachments.maxBytes'").hasMessageContaining("10MB");
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

    @Test
    void notifiesNobodyWithoutAnSmtpHost() {
        assertThat(NodeConfig.from(minimal(), Map.of(), "test.properties").notifications()).isNull();
    }

    @Test
    void readsTheNotificationSettingsWithTheirDefaults() {
        Properties p = minimal();
        p.setProperty("notify.smtp.host", "smtp.example.com");
        p.setProperty("notify.smtp.user", "alerts");
        p.setProperty("notify.smtp.password", "from-file");
        p.setProperty("notify.from", "entwine@example.com");
        p.setProperty("notify.to", "admin@example.com, oncall@example.com");

        NotifyConfig n = NodeConfig.from(p, Map.of("ENTWINE_NOTIFY_SMTP_PASSWORD", "from-env"), "test.properties").notifications();

        assertThat(n.smtp()).isEqualTo(new SmtpSettings("smtp.example.com", 587, "alerts", "from-env", true, "entwine@example.com",
                List.of("admin@example.com", "oncall@example.com"), SmtpSettings.DEFAULT_TIMEOUT));
        assertThat(n.policy()).isEqualTo(NotifySettings.defaults());
    }

    @Test
    void readsEveryNotificationSetting() {
        Properties p = minimal();
        p.setProperty("notify.smtp.host", "127.0.0.1");
        p.setProperty("notify.smtp.startTls", "false");
        p.setProperty("notify.from", "entwine@example.com");
        p.setProperty("notify.to", "admin@example.com");
        p.setProperty("notify.digestInterval", "PT1M");
        p.setProperty("notify.persistAfter", "PT30M");
        p.setProperty("notify.remindEvery", "PT6H");
        p.setProperty("notify.maxPerHour", "2");

        NotifyConfig n = NodeConfig.from(p, Map.of(), "test.properties").notifications();

        assertThat(n.smtp().port()).as("plain SMTP by default without STARTTLS").isEqualTo(25);
        assertThat(n.smtp().startTls()).isFalse();
        assertThat(n.smtp().user()).isNull();
        assertThat(n.policy()).isEqualTo(new NotifySettings(Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofHours(6), 2,
                NotifySettings.defaults().examplesPerGroup()));
    }

    @Test
    void namesTheWrongNotificationSetting() {
        Properties noHost = minimal();
        noHost.setProperty("notify.to", "admin@example.com");
        assertThatThrownBy(() -> NodeConfig.from(noHost, Map.of(), "a.properties")).isInstanceOf(ConfigException.class)
                .hasMessage("a.properties: 'notify.to' is set but 'notify.smtp.host' is not; set it to mail error digests to admins,"
                        + " or remove the notify.* keys");

        Properties badAddress = minimal();
        badAddress.setProperty("notify.smtp.host", "smtp.example.com");
        badAddress.setProperty("notify.from", "entwine@example.com");
        badAddress.setProperty("notify.to", "admin@example.com, not an address");
        assertThatThrownBy(() -> NodeConfig.from(badAddress, Map.of(), "a.properties")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("a.properties: notify.to: 'not an address' is not an e-mail address");

        Properties badFlag = minimal();
        badFlag.setProperty("notify.smtp.host", "smtp.example.com");
        badFlag.setProperty("notify.smtp.startTls", "yes");
        assertThatThrownBy(() -> NodeConfig.from(badFlag, Map.of(), "a.properties"))
                .hasMessage("a.properties: 'notify.smtp.startTls' must be true or false, got 'yes'");

        Properties noLimit = minimal();
        noLimit.setProperty("notify.smtp.host", "smtp.example.com");
        noLimit.setProperty("notify.from", "entwine@example.com");
        noLimit.setProperty("notify.to", "admin@example.com");
        noLimit.setProperty("notify.maxPerHour", "0");
        assertThatThrownBy(() -> NodeConfig.from(noLimit, Map.of(), "a.properties"))
                .hasMessage("a.properties: notify.maxPerHour must be at least 1, got 0");
    }
}
