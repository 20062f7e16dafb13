package io.entwine.connector.github;

import io.entwine.api.connector.ConnectorConfig;
import io.entwine.emulator.github.GitHubEmulator;
import io.entwine.emulator.github.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.HashMap;
import java.util.Map;

/** A GitHub emulator on loopback, a started connector against it, and a human (alice) using GitHub directly. */
abstract class ConnectorFixture {
    static final String ISSUES = "/repos/acme/demo/issues";
    static final String SECRET = "It's a Secret to Everybody";

    final TestClock clock = TestClock.at("2026-11-23T10:00:00Z");
    final RecordingSleeper sleeper = new RecordingSleeper();
    GitHubEmulator github;
    GitHubConnector connector;
    Human alice;

    @BeforeEach
    void startGitHub() {
        github = new GitHubEmulator(clock).start(0);
        github.addToken("alice-token", "alice");
        alice = new Human(github.baseUrl(), "alice-token");
        connector = new GitHubConnector(sleeper);
        connector.start(config(Map.of()));
    }

    @AfterEach
    void stopGitHub() {
        connector.stop();
        github.close();
    }

    ConnectorConfig config(Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(Map.of("token", "demo", "repository", "acme/demo", "webhookSecret", SECRET));
        settings.putAll(overrides);
        settings.values().removeIf(v -> v == null || v.isEmpty());
        return new ConnectorConfig(github.baseUrl(), settings, clock);
    }

    /** Creates an issue as alice; returns its number as a key. */
    String issueByAlice(String title) {
        return alice.post(ISSUES, Human.json("title", title)).path("number").asText();
    }
}
