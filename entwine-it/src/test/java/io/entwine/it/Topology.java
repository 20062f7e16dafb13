package io.entwine.it;

import io.entwine.emulator.github.GitHubEmulator;
import io.entwine.emulator.jira.JiraEmulator;
import io.entwine.server.RunningNode;
import io.entwine.server.demo.Demo;
import io.entwine.store.queue.QueueDepth;
import io.entwine.store.twin.Twin;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.awaitility.Awaitility.await;

/**
 * The demo topology for a test: emulated Jira and GitHub, a node each, connected two-way, all over real
 * loopback HTTP on free ports, with a data directory of the test's own.
 */
final class Topology implements AutoCloseable {
    final Demo demo;
    final JiraUser jira;
    final GitHubUser github;

    private Topology(Demo demo) {
        this(demo, new JiraUser(demo.jira().baseUrl()), new GitHubUser(demo.github().baseUrl()));
    }

    /** With the people who work in the trackers during the test. */
    Topology(Demo demo, JiraUser jira, GitHubUser github) {
        this.demo = demo;
        this.jira = jira;
        this.github = github;
    }

    static Topology start(Path dataDir) {
        return start(dataDir, Duration.ofHours(1));
    }

    /** Nodes sweep once at start (initial sync) and then every {@code pollInterval}; webhooks do the rest. */
    static Topology start(Path dataDir, Duration pollInterval) {
        return new Topology(Demo.start(0, dataDir, pollInterval, Clock.systemUTC()));
    }

    /** As {@link #start(Path)}, each node with extra settings (e.g. its own PostgreSQL database). */
    static Topology start(Path dataDir, Map<String, String> jiraNode, Map<String, String> githubNode) {
        Clock clock = Clock.systemUTC();
        JiraEmulator jira = new JiraEmulator(clock);
        jira.start(0);
        GitHubEmulator github = new GitHubEmulator(clock);
        github.start(0);
        return new Topology(Demo.connect(jira, github, 0, dataDir, Duration.ofHours(1), clock, jiraNode, githubNode));
    }

    RunningNode jiraNode() {
        return demo.jiraNode();
    }

    RunningNode githubNode() {
        return demo.githubNode();
    }

    /** A client of a node's admin REST API, with the admin token the node made at its first start. */
    static RestClient admin(RunningNode node) {
        return new RestClient(node.url(), "Bearer " + adminToken(node));
    }

    static String adminToken(RunningNode node) {
        return node.firstAdminToken().orElseThrow().token();
    }

    /** The GitHub issue number twinned with a Jira key, once the twin is acknowledged. */
    Optional<String> githubTwinOf(String jiraKey) {
        return twin(jiraNode(), jiraKey).map(Twin::remoteKey);
    }

    Optional<String> jiraTwinOf(String githubNumber) {
        return twin(githubNode(), githubNumber).map(Twin::remoteKey);
    }

    String awaitGithubTwin(String jiraKey) {
        return await("GitHub twin of " + jiraKey).atMost(Duration.ofSeconds(20)).until(() -> githubTwinOf(jiraKey).orElse(null), k -> k != null);
    }

    String awaitJiraTwin(String number) {
        return await("Jira twin of #" + number).atMost(Duration.ofSeconds(20)).until(() -> jiraTwinOf(number).orElse(null), k -> k != null);
    }

    private Optional<Twin> twin(RunningNode node, String localKey) {
        return node.node().database().inTransaction(tx -> tx.twins().findByLocalKey(demo.connectionId(), localKey));
    }

    static QueueDepth depth(RunningNode node) {
        return node.node().database().inTransaction(tx -> tx.queue().depth());
    }

    /** True when neither node has work pending or running and no webhook is in flight. */
    boolean idle() {
        QueueDepth a = depth(jiraNode());
        QueueDepth b = depth(githubNode());
        return a.pending() == 0 && a.running() == 0 && b.pending() == 0 && b.running() == 0;
    }

    /** Waits until both nodes have been idle for a while: the system is quiet. */
    void awaitQuiet() {
        await("quiet").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .during(Duration.ofMillis(700)).until(this::idle);
    }

    long trackerWrites() {
        return demo.jira().journal().successfulWrites() + demo.github().journal().successfulWrites();
    }

    @Override
    public void close() {
        demo.close();
    }
}
