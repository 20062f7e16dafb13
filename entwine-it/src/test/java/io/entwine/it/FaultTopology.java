package io.entwine.it;

import io.entwine.emulator.github.GitHubEmulator;
import io.entwine.emulator.jira.JiraEmulator;
import io.entwine.server.demo.Demo;
import io.entwine.testkit.faults.FaultProxy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The demo topology with room for faults: each node sits behind a {@link FaultProxy} (its public URL is the
 * proxy's, so the peer's messages and the tracker's webhooks go through it), and the people in the test use
 * their own accounts (Alice in Jira, Bob on GitHub) so that tracker faults scoped to the integration user leave
 * them alone.
 */
final class FaultTopology implements AutoCloseable {
    static final String JIRA_PERSON = "alice@example.com";
    static final String GITHUB_PERSON = "bob";
    /** What the Jira node sends as {@code Authorization}: the demo's integration account. */
    static final String JIRA_NODE_AUTH = JiraUser.basic(Demo.JIRA_EMAIL, Demo.JIRA_TOKEN);
    static final String GITHUB_NODE_AUTH = "Bearer " + Demo.GITHUB_TOKEN;

    final Topology t;
    /** In front of the Jira-side node: carries GitHub -> Jira messages. */
    final FaultProxy toJiraNode;
    /** In front of the GitHub-side node: carries Jira -> GitHub messages. */
    final FaultProxy toGithubNode;

    private FaultTopology(Topology t, FaultProxy toJiraNode, FaultProxy toGithubNode) {
        this.t = t;
        this.toJiraNode = toJiraNode;
        this.toGithubNode = toGithubNode;
    }

    /** Starts everything with no fault configured; {@code nodeSettings} go to both nodes (e.g. {@code sync.workers}). */
    static FaultTopology start(Path dataDir, Duration pollInterval, Map<String, String> nodeSettings) {
        JiraEmulator jira = new JiraEmulator(Clock.systemUTC());
        jira.start(0);
        GitHubEmulator github = new GitHubEmulator(Clock.systemUTC());
        github.start(0);
        return start(dataDir, pollInterval, nodeSettings, jira, github);
    }

    /** As {@link #start(Path, Duration, Map)} with emulators the caller started (and maybe filled through {@link #people}). */
    static FaultTopology start(Path dataDir, Duration pollInterval, Map<String, String> nodeSettings,
                               JiraEmulator jira, GitHubEmulator github) {
        people(jira, github);
        jira.faults().scope(request -> JIRA_NODE_AUTH.equals(request.authorization()));
        github.faults().scope(request -> GITHUB_NODE_AUTH.equals(request.authorization()));
        int jiraPort = freePort();
        int githubPort = freePort();
        FaultProxy toJira = FaultProxy.start("http://127.0.0.1:" + jiraPort);
        FaultProxy toGithub = FaultProxy.start("http://127.0.0.1:" + githubPort);
        try {
            Demo demo = Demo.connect(jira, github, 0, dataDir, pollInterval, Clock.systemUTC(),
                    settings(nodeSettings, jiraPort, toJira), settings(nodeSettings, githubPort, toGithub));
            Topology t = new Topology(demo, people(jira, github), new GitHubUser(github.baseUrl(), "bob-token"));
            return new FaultTopology(t, toJira, toGithub);
        } catch (RuntimeException e) {
            toJira.close();
            toGithub.close();
            jira.stop();
            github.stop();
            throw e;
        }
    }

    /** Gives the people their accounts; returns Alice, who works in Jira. */
    static JiraUser people(JiraEmulator jira, GitHubEmulator github) {
        jira.setApiToken(JIRA_PERSON, "alice-token");
        github.addToken("bob-token", GITHUB_PERSON);
        return new JiraUser(jira.baseUrl(), JIRA_PERSON, "alice-token");
    }

    private static Map<String, String> settings(Map<String, String> common, int port, FaultProxy proxy) {
        Map<String, String> settings = new HashMap<>(common);
        settings.put("node.port", String.valueOf(port));
        settings.put("node.publicUrl", proxy.url());
        return settings;
    }

    JiraEmulator jira() {
        return t.demo.jira();
    }

    GitHubEmulator github() {
        return t.demo.github();
    }

    /** Ends every fault: both proxies pass, both trackers answer normally, webhooks are delivered again. */
    void heal() {
        toJiraNode.heal();
        toGithubNode.heal();
        jira().faults().clear();
        github().faults().clear();
        jira().webhooks().setDropAll(false);
        github().webhooks().setDropAll(false);
        jira().webhooks().dropNext(0);
        github().webhooks().dropNext(0);
    }

    /** What was injected, for the report. */
    String injected() {
        return "proxy->jira " + toJiraNode.counts() + ", proxy->github " + toGithubNode.counts()
                + ", jira " + jira().faults().injected() + ", github " + github().faults().injected()
                + ", webhooks dropped jira " + jira().webhooks().dropped() + " github " + github().webhooks().dropped();
    }

    @Override
    public void close() {
        try {
            t.close();
        } finally {
            toJiraNode.close();
            toGithubNode.close();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on this machine", e);
        }
    }
}
