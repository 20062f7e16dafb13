package io.entwine.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * The demo topology as separate OS processes: the emulated Jira and GitHub each in a JVM of its own, and a node for
 * each in a JVM of its own, connected two-way by an invitation code over the nodes' admin REST API, as an admin
 * would with {@code entwine connection invite/accept}. Everything lives under one directory: configuration files,
 * databases, key files and one log file per process start.
 */
final class CrashTopology implements AutoCloseable {
    static final String CONNECTION = "crash";
    private static final Pattern EMULATOR_READY = Pattern.compile("emulator at (http://\\S+)");

    final Path dir;
    final ChildJvm jiraEmulator;
    final ChildJvm githubEmulator;
    final CrashNode jiraNode;
    final CrashNode githubNode;
    final JiraUser jira;
    final GitHubUser github;

    private CrashTopology(Path dir, ChildJvm jiraEmulator, ChildJvm githubEmulator, CrashNode jiraNode, CrashNode githubNode,
                          String jiraUrl, String githubUrl) {
        this.dir = dir;
        this.jiraEmulator = jiraEmulator;
        this.githubEmulator = githubEmulator;
        this.jiraNode = jiraNode;
        this.githubNode = githubNode;
        this.jira = new JiraUser(jiraUrl);
        this.github = new GitHubUser(githubUrl);
    }

    /** Starts the four processes, connects the nodes and waits until both are quiet. */
    static CrashTopology start(Path dir, Duration pollInterval) {
        List<ChildJvm> started = new ArrayList<>();
        try {
            ChildJvm jiraEmulator = ChildJvm.start(dir.resolve("logs/jira-emulator.log"), List.of("emulator", "jira", "--port", String.valueOf(freePort())));
            started.add(jiraEmulator);
            ChildJvm githubEmulator = ChildJvm.start(dir.resolve("logs/github-emulator.log"), List.of("emulator", "github", "--port", String.valueOf(freePort())));
            started.add(githubEmulator);
            String jiraUrl = jiraEmulator.awaitOutput(EMULATOR_READY, Duration.ofSeconds(60));
            String githubUrl = githubEmulator.awaitOutput(EMULATOR_READY, Duration.ofSeconds(60));
            CrashNode jiraNode = new CrashNode("jira-node", dir, freePort(), Map.of(
                    "sync.pollInterval", pollInterval.toString(), "tracker.kind", "jira-cloud", "tracker.baseUrl", jiraUrl,
                    "tracker.email", "demo@example.com", "tracker.apiToken", "demo", "tracker.project", "DEMO",
                    "tracker.webhookSecret", "crash-webhook-secret-jira"));
            CrashNode githubNode = new CrashNode("github-node", dir, freePort(), Map.of(
                    "sync.pollInterval", pollInterval.toString(), "tracker.kind", "github", "tracker.baseUrl", githubUrl,
                    "tracker.token", "demo", "tracker.repository", "acme/demo", "tracker.webhookSecret", "crash-webhook-secret-github"));
            CrashTopology t = new CrashTopology(dir, jiraEmulator, githubEmulator, jiraNode, githubNode, jiraUrl, githubUrl);
            try {
                jiraNode.start();
                githubNode.start();
                String code = jiraNode.admin().post("/api/connections/invitations", Map.of("name", CONNECTION)).path("invitationCode").asText();
                githubNode.admin().post("/api/connections/accept", Map.of("invitationCode", code));
                return t;
            } catch (RuntimeException e) {
                t.close();
                throw e;
            }
        } catch (RuntimeException e) {
            started.forEach(ChildJvm::kill);
            throw e;
        }
    }

    List<CrashNode> nodes() {
        return List.of(jiraNode, githubNode);
    }

    /** Both nodes running with nothing pending or running, for a while. */
    void awaitQuiet(Duration within) {
        await("both nodes quiet").atMost(within).pollInterval(Duration.ofMillis(200)).during(Duration.ofMillis(1500))
                .ignoreExceptions().until(() -> jiraNode.idle() && githubNode.idle());
    }

    /** Where to look when something went wrong: every log file of every process start. */
    String logs() {
        List<Path> all = new ArrayList<>(List.of(jiraEmulator.log(), githubEmulator.log()));
        nodes().forEach(n -> all.addAll(n.logs()));
        StringBuilder out = new StringBuilder("process logs:");
        all.forEach(p -> out.append("\n  ").append(p.toAbsolutePath()));
        return out.toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on this machine", e);
        }
    }

    @Override
    public void close() {
        githubNode.stop();
        jiraNode.stop();
        githubEmulator.stop();
        jiraEmulator.stop();
    }
}
