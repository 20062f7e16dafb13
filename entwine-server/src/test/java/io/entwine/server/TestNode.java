package io.entwine.server;

import io.entwine.emulator.jira.JiraEmulator;
import io.entwine.server.config.NodeConfig;
import io.entwine.server.demo.DemoSeeder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Properties;

/**
 * A Jira-side node on loopback against an emulated Jira with one issue, workers stopped (nothing changes the
 * database behind a test's back), configured from a properties file in {@code dir}; plus raw HTTP calls to it.
 */
public final class TestNode implements AutoCloseable {
    public final JiraEmulator jira;
    public final Path configFile;
    public RunningNode node;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private TestNode(JiraEmulator jira, Path configFile) {
        this.jira = jira;
        this.configFile = configFile;
    }

    public static TestNode start(Path dir) {
        return start(dir, java.util.Map.of());
    }

    /** As {@link #start(Path)}, with {@code extra} configuration keys set (or overridden). */
    public static TestNode start(Path dir, java.util.Map<String, String> extra) {
        JiraEmulator jira = new JiraEmulator(Clock.systemUTC()).start(0);
        new DemoSeeder(jira.baseUrl(), null).jiraIssue("Seeded before the node started", "text", "High", "seed");
        Properties p = new Properties();
        p.setProperty("node.name", "jira-node");
        p.setProperty("node.port", String.valueOf(freePort()));
        p.setProperty("node.dataDir", dir.resolve("jira-node").toString());
        p.setProperty("sync.pollInterval", "PT1H");
        p.setProperty("sync.startWorkers", "false");
        p.setProperty("tracker.kind", "jira-cloud");
        p.setProperty("tracker.baseUrl", jira.baseUrl());
        p.setProperty("tracker.email", JiraEmulator.DEFAULT_EMAIL);
        p.setProperty("tracker.apiToken", JiraEmulator.DEFAULT_API_TOKEN);
        p.setProperty("tracker.project", JiraEmulator.DEFAULT_PROJECT);
        p.setProperty("tracker.webhookSecret", "test-webhook-secret");
        extra.forEach(p::setProperty);
        Path file = dir.resolve("jira-node.properties");
        try (Writer out = Files.newBufferedWriter(file)) {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestNode test = new TestNode(jira, file);
        test.restart();
        return test;
    }

    public NodeConfig config() {
        return NodeConfig.load(configFile);
    }

    /** Starts the node (again) from its configuration file. */
    public void restart() {
        if (node != null) node.close();
        node = null;
        node = RunningNode.start(config(), Clock.systemUTC());
    }

    public void stopNode() {
        if (node != null) node.close();
        node = null;
    }

    public HttpResponse<String> call(String method, String path, String authorization, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) request.header("Authorization", authorization);
        if (contentType != null) request.header("Content-Type", contentType);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> call(String method, String path, String authorization) {
        return call(method, path, authorization, null, null);
    }

    /** Everything the node's H2 database holds, as SQL: equal dumps mean nothing changed. */
    public String dump() {
        StringBuilder out = new StringBuilder();
        try (var jdbc = node.node().database().dataSource().getConnection(); Statement s = jdbc.createStatement();
             ResultSet rs = s.executeQuery("SCRIPT")) {
            while (rs.next()) out.append(rs.getString(1)).append('\n');
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stopNode();
        jira.close();
    }
}
