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

/**
 * The demo topology as separate OS processes: the emulated Jira and GitHub in a JVM of their own
 * ({@link CrashEmulators}), and a node for each in a JVM of its own, connected two-way by an invitation code over the nodes' admin REST API, as an admin
 * would with {@code entwine connection invite/accept}. Everything lives under one directory: configuration files,
 * databases, key files and one log file per process start.
 */
final class CrashTopology implements AutoCloseable {
    static final String CONNECTION = "crash";
    private static final Pattern JIRA_READY = Pattern.compile("jira emulator at (http://\\S+)");
    private static final Pattern GITHUB_READY = Pattern.compile("github emulator at (http://\\S+)");

    final Path dir;
    final ChildJvm emulators;
    final CrashNode jiraNode;
    final CrashNode githubNode;
    final JiraUser jira;
    final GitHubUser github;

    private CrashTopology(Path dir, ChildJvm emulators, CrashNode jiraNode, CrashNode githubNode, String jiraUrl, String githubUrl) {
        this.dir = dir;
        this.emulators = emulators;
        this.jiraNode = jiraNode;
        this.githubNode = githubNode;
        this.jira = new JiraUser(jiraUrl, CrashEmulators.JIRA_PERSON, CrashEmulators.JIRA_PERSON_TOKEN);
        this.github = new GitHubUser(githubUrl, CrashEmulators.GITHUB_PERSON_TOKEN);
    }

    /** Starts the three processes and connects the nodes. */
    static CrashTopology start(Path dir, Duration pollInterval) {
        ChildJvm emulators = ChildJvm.start(dir.resolve("logs/emulators.log"), CrashEmulators.class.getName(),
                List.of(String.valueOf(freePort()), String.valueOf(freePort())));
        try {
            String jiraUrl = emulators.awaitOutput(JIRA_READY, Duration.ofSeconds(60));
            String githubUrl = emulators.awaitOutput(GITHUB_READY, Duration.ofSeconds(60));
            CrashNode jiraNode = new CrashNode("jira-node", dir, freePort(), Map.of(
                    "sync.pollInterval", pollInterval.toString(), "tracker.kind", "jira-cloud", "tracker.baseUrl", jiraUrl,
                    "tracker.email", "demo@example.com", "tracker.apiToken", "demo", "tracker.project", "DEMO",
                    "tracker.webhookSecret", "crash-webhook-secret-jira"));
            CrashNode githubNode = new CrashNode("github-node", dir, freePort(), Map.of(
                    "sync.pollInterval", pollInterval.toString(), "tracker.kind", "github", "tracker.baseUrl", githubUrl,
                    "tracker.token", "demo", "tracker.repository", "acme/demo", "tracker.webhookSecret", "crash-webhook-secret-github"));
            CrashTopology t = new CrashTopology(dir, emulators, jiraNode, githubNode, jiraUrl, githubUrl);
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
            emulators.kill();
            throw e;
        }
    }

    List<CrashNode> nodes() {
        return List.of(jiraNode, githubNode);
    }

    /** Where to look when something went wrong: every log file of every process start. */
    String logs() {
        List<Path> all = new ArrayList<>(List.of(emulators.log()));
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
        emulators.stop();
    }
}
