package io.entwine.connector.jira;

import io.entwine.testkit.ManualClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.connector.ConnectorConfig;
import io.entwine.connector.support.TrackerHttp;
import io.entwine.emulator.jira.JiraEmulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Jira emulator on loopback, a connector started against it, and a second client acting as a human
 * (Alice) for changes the connector did not make. Waits the connector takes move the shared clock instead
 * of sleeping.
 */
final class JiraFixture implements AutoCloseable {
    static final String SECRET = "s3cret";

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T10:00:00Z"));
    final JiraEmulator jira = new JiraEmulator(clock).start(0);
    final List<Duration> waits = new ArrayList<>();
    final JiraCloudConnector connector = new JiraCloudConnector(AdfTextCodec.INSTANCE, duration -> {
        waits.add(duration);
        clock.advance(duration);
    });
    final TrackerHttp alice;

    JiraFixture() {
        jira.setApiToken("alice@example.com", "alice-token");
        alice = TrackerHttp.builder("Jira as Alice", jira.baseUrl()).authorization(() -> basic("alice@example.com", "alice-token"))
                .clock(clock).build();
    }

    ConnectorConfig config(Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(Map.of("email", "demo@example.com", "apiToken", "demo", "project", "DEMO",
                "webhookSecret", SECRET));
        settings.putAll(overrides);
        settings.values().removeIf(v -> v == null || v.isEmpty());
        return new ConnectorConfig(jira.baseUrl(), settings, clock);
    }

    JiraFixture started() {
        connector.start(config(Map.of()));
        return this;
    }

    /** Alice creates a DEMO task; returns its key. */
    String aliceCreates(String summary) {
        ObjectNode body = json("{'fields':{'project':{'key':'DEMO'},'issuetype':{'name':'Task'},'summary':'" + summary + "'}}");
        return alice.post("/rest/api/3/issue", body).body().path("key").asText();
    }

    void aliceEdits(String key, String summary) {
        alice.put("/rest/api/3/issue/" + key, json("{'fields':{'summary':'" + summary + "'}}"));
    }

    /** Successful writes the emulator served since it started (all clients). */
    long writes() {
        return jira.journal().successfulWrites();
    }

    /** Requests the emulator served since the mark, as "METHOD path". */
    List<String> callsSince(long mark) {
        return jira.journal().since(mark).stream().map(e -> e.method() + " " + e.path()).toList();
    }

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) JiraApi.JSON.readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String text) {
        try {
            return JiraApi.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String basic(String email, String token) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + token).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        connector.stop();
        jira.close();
    }
}
