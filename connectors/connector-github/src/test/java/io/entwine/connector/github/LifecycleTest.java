package io.entwine.connector.github;

import io.entwine.api.connector.ConnectorConfig;
import io.entwine.api.connector.TrackerInfo;
import io.entwine.api.errors.ConfigException;
import io.entwine.api.errors.RetriableSyncException;
import io.entwine.emulator.core.RecordedExchange;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifecycleTest extends ConnectorFixture {

    @Test
    void describesTheTrackerWithTheRepositoryIdAndTheTokenUser() {
        TrackerInfo info = connector.trackerInfo();

        assertThat(connector.kind()).isEqualTo("github");
        assertThat(info.kind()).isEqualTo("github");
        assertThat(info.baseUrl()).isEqualTo(github.baseUrl());
        assertThat(info.instanceId()).isEqualTo(String.valueOf(github.repositoryId("acme", "demo")));
        assertThat(info.integrationUser().key()).isEqualTo("demo-bot");
        assertThat(info.integrationUser().email()).isEqualTo("demo@example.com");
        assertThat(info.integrationUser().displayName()).isEqualTo("Demo Bot");
    }

    @Test
    void sendsGitHubsHeadersOnEveryRequest() {
        connector.read(issueByAlice("x"));

        for (RecordedExchange e : github.journal().matching(x -> x.requestHeaders().containsKey("User-Agent")
                && x.requestHeaders().get("User-Agent").get(0).startsWith("entwine"))) {
            assertThat(e.requestHeaders().get("Accept")).containsExactly("application/vnd.github+json");
            assertThat(e.requestHeaders().get("X-GitHub-Api-Version")).containsExactly("2022-11-28");
            assertThat(e.requestHeaders().get("Authorization")).containsExactly("Bearer demo");
        }
        assertThat(github.journal().matching(x -> x.path().equals("/repos/acme/demo/issues/1"))).isNotEmpty();
    }

    @Test
    void refusesSettingsThatCannotWork() {
        GitHubConnector other = new GitHubConnector(sleeper);

        assertThatThrownBy(() -> other.start(config(Map.of("token", "")))).isInstanceOf(ConfigException.class).hasMessageContaining("'token'");
        assertThatThrownBy(() -> other.start(config(Map.of("repository", "demo")))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("'repository' must be owner/name");
        assertThatThrownBy(() -> other.start(config(Map.of("overlapSeconds", "soon")))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("'overlapSeconds'");
        assertThatThrownBy(() -> other.start(config(Map.of("token", "wrong")))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("401");
        assertThatThrownBy(() -> other.start(config(Map.of("repository", "acme/missing")))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("'repository'").hasMessageContaining("acme/missing");
    }

    @Test
    void failsRetriablyOnceStopped() {
        connector.stop();
        connector.stop();

        assertThatThrownBy(() -> connector.read("1")).isInstanceOf(RetriableSyncException.class).hasMessageContaining("not started");
    }

    @Test
    void buildsBrowseUrlsWithoutCallingGitHub() {
        long before = github.journal().mark();

        assertThat(connector.browseUrl("12")).isEqualTo(github.baseUrl() + "/acme/demo/issues/12");
        assertThat(github.journal().since(before)).isEmpty();
        assertThat(GitHubSettings.webUrlFor("https://api.github.com")).isEqualTo("https://github.com");
        assertThat(GitHubSettings.webUrlFor("https://ghe.example.com/api/v3/")).isEqualTo("https://ghe.example.com");
        GitHubSettings custom = GitHubSettings.from(new ConnectorConfig("https://api.github.com",
                Map.of("token", "t", "repository", "o/r", "webUrl", "https://example.org/"), clock));
        assertThat(custom.webUrl()).isEqualTo("https://example.org");
        assertThat(custom.overlap()).hasSeconds(5);
    }
}
