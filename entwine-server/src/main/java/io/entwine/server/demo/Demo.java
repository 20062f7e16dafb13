package io.entwine.server.demo;

import io.entwine.core.connection.InvitationCode;
import io.entwine.emulator.github.GitHubEmulator;
import io.entwine.emulator.jira.JiraEmulator;
import io.entwine.server.RunningNode;
import io.entwine.server.config.NodeConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Starts the demo topology. With a port base N the ports are fixed: N Jira emulator, N+1 GitHub
 * emulator, N+2 Jira-side node, N+3 GitHub-side node; with 0 every port is picked free (tests).
 * The data directory is wiped first: the emulators start empty every time, so old twins would be stale. Each node
 * keeps its key file beside its database directory ({@code <dataDir>/<node>.key}) and makes its first
 * admin token at start ({@link RunningNode#firstAdminToken()}).
 */
public final class Demo implements AutoCloseable {
    public static final String JIRA_EMAIL = "demo@example.com";
    public static final String JIRA_TOKEN = "demo";
    public static final String GITHUB_TOKEN = "demo";
    public static final String JIRA_PROJECT = "DEMO";
    public static final String GITHUB_REPOSITORY = "acme/demo";

    private final JiraEmulator jira;
    private final GitHubEmulator github;
    private final RunningNode jiraNode;
    private final RunningNode githubNode;
    private final String connectionId;

    private Demo(JiraEmulator jira, GitHubEmulator github, RunningNode jiraNode, RunningNode githubNode, String connectionId) {
        this.jira = jira;
        this.github = github;
        this.jiraNode = jiraNode;
        this.githubNode = githubNode;
        this.connectionId = connectionId;
    }

    /** Starts everything and connects the two nodes two-way; {@code pollInterval} is each node's sweep interval. */
    public static Demo start(int portBase, Path dataDir, Duration pollInterval, Clock clock) {
        JiraEmulator jira = new JiraEmulator(clock);
        jira.start(port(portBase, 0));
        GitHubEmulator github = new GitHubEmulator(clock);
        github.start(port(portBase, 1));
        try {
            return connect(jira, github, portBase, dataDir, pollInterval, clock);
        } catch (RuntimeException e) {
            github.stop();
            jira.stop();
            throw e;
        }
    }

    /** Starts the two nodes against running emulators (seeded or not) and connects them two-way. */
    public static Demo connect(JiraEmulator jira, GitHubEmulator github, int portBase, Path dataDir, Duration pollInterval, Clock clock) {
        return connect(jira, github, portBase, dataDir, pollInterval, clock, Map.of(), Map.of());
    }

    /**
     * As {@link #connect(JiraEmulator, GitHubEmulator, int, Path, Duration, Clock)}, with node settings added or
     * overridden per node (for example {@code database.url} to run a node on PostgreSQL).
     */
    public static Demo connect(JiraEmulator jira, GitHubEmulator github, int portBase, Path dataDir, Duration pollInterval,
                               Clock clock, Map<String, String> jiraNodeSettings, Map<String, String> githubNodeSettings) {
        wipe(dataDir);
        RunningNode jiraNode = null;
        RunningNode githubNode = null;
        try {
            jiraNode = RunningNode.start(nodeConfig("jira-node", port(portBase, 2), dataDir, pollInterval, jiraNodeSettings,
                    "jira-cloud", jira.baseUrl(), "email", JIRA_EMAIL, "apiToken", JIRA_TOKEN, "project", JIRA_PROJECT), clock);
            githubNode = RunningNode.start(nodeConfig("github-node", port(portBase, 3), dataDir, pollInterval, githubNodeSettings,
                    "github", github.baseUrl(), "token", GITHUB_TOKEN, "repository", GITHUB_REPOSITORY), clock);
            InvitationCode invitation = jiraNode.node().connections().invite("demo");
            githubNode.node().connections().accept(invitation.encode());
            return new Demo(jira, github, jiraNode, githubNode, invitation.connectionId());
        } catch (RuntimeException e) {
            if (githubNode != null) githubNode.close();
            if (jiraNode != null) jiraNode.close();
            throw e;
        }
    }

    private static NodeConfig nodeConfig(String name, int port, Path dataDir, Duration pollInterval, Map<String, String> extra,
                                         String kind, String trackerUrl, String... settings) {
        Properties p = new Properties();
        p.setProperty("node.name", name);
        p.setProperty("node.port", String.valueOf(port));
        p.setProperty("node.dataDir", dataDir.resolve(name).toString());
        p.setProperty("sync.pollInterval", pollInterval.toString());
        p.setProperty("sync.startWorkers", "true"); // the demo syncs at once; a production node starts inactive
        p.setProperty("tracker.kind", kind);
        p.setProperty("tracker.baseUrl", trackerUrl);
        p.setProperty("tracker.webhookSecret", "demo-webhook-secret-" + name);
        for (int i = 0; i < settings.length; i += 2) p.setProperty("tracker." + settings[i], settings[i + 1]);
        extra.forEach(p::setProperty);
        return NodeConfig.from(p, new HashMap<>(), "demo settings for " + name);
    }

    private static int port(int base, int offset) {
        if (base > 0) return base + offset;
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on this machine", e);
        }
    }

    private static void wipe(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the demo data directory " + dir, e);
        }
    }

    public JiraEmulator jira() { return jira; }
    public GitHubEmulator github() { return github; }
    public RunningNode jiraNode() { return jiraNode; }
    public RunningNode githubNode() { return githubNode; }
    public String connectionId() { return connectionId; }

    @Override
    public void close() {
        githubNode.close();
        jiraNode.close();
        github.stop();
        jira.stop();
    }
}
