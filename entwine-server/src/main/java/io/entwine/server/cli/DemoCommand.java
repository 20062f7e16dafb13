package io.entwine.server.cli;

import io.entwine.server.RunningNode;
import io.entwine.server.auth.IssuedToken;
import io.entwine.server.demo.Demo;
import io.entwine.server.demo.DemoSeeder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

@Command(name = "demo", description = "Run the offline demo: emulated Jira and GitHub, a node for each, connected two-way.")
final class DemoCommand implements Runnable {
    @Option(names = "--port-base", description = "fixed ports: N Jira emulator, N+1 GitHub emulator, N+2 Jira node, N+3 GitHub node (default 7100)")
    int portBase = 7100;

    @Option(names = "--data-dir", description = "where the nodes keep their databases; wiped at start (default .entwine/demo)")
    Path dataDir = Path.of(".entwine", "demo");

    @Option(names = "--poll-interval", description = "polling sweep interval, ISO-8601 (default PT10S); webhooks are the fast path")
    Duration pollInterval = Duration.ofSeconds(10);

    @Option(names = "--no-seed", description = "start with empty trackers")
    boolean noSeed;

    @Override
    public void run() {
        Demo demo = Demo.start(portBase, dataDir, pollInterval, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            demo.close();
            stopped.countDown();
        }, "demo-shutdown"));
        if (!noSeed) new DemoSeeder(demo.jira().baseUrl(), demo.github().baseUrl()).seed();
        String jira = demo.jira().baseUrl();
        String gh = demo.github().baseUrl();
        String jiraNode = demo.jiraNode().url();
        String jiraToken = adminToken(demo.jiraNode());
        System.out.printf("""

                Entwine demo is running. Changes on either side arrive on the other within a second.

                  Emulated Jira Cloud   %s   Basic %s / API token %s   project %s
                  Emulated GitHub       %s   Bearer token %s                  repository %s
                  Jira-side node        %s   (REST API, OpenAPI at /api/openapi.json)
                  GitHub-side node      %s
                  Connection            demo (two-way, default rules)

                Admin tokens of the nodes' REST APIs (a real node prints its token once, at its first start):
                  Jira-side node        %s
                  GitHub-side node      %s

                Try it:
                  curl -u %s:%s %s/rest/api/3/search/jql?jql=project%%20%%3D%%20DEMO
                  curl -H 'Authorization: Bearer %s' %s/repos/%s/issues?state=all
                  curl -X PATCH -H 'Authorization: Bearer %s' -d '{"title":"Edited on GitHub"}' %s/repos/%s/issues/1
                  curl -H 'Authorization: Bearer %s' %s/api/twins
                  ENTWINE_ADMIN_TOKEN=%s bin/entwine status --node %s

                Press Ctrl+C to stop.
                """, jira, Demo.JIRA_EMAIL, Demo.JIRA_TOKEN, Demo.JIRA_PROJECT, gh, Demo.GITHUB_TOKEN, Demo.GITHUB_REPOSITORY,
                jiraNode, demo.githubNode().url(), jiraToken, adminToken(demo.githubNode()),
                Demo.JIRA_EMAIL, Demo.JIRA_TOKEN, jira, Demo.GITHUB_TOKEN, gh, Demo.GITHUB_REPOSITORY,
                Demo.GITHUB_TOKEN, gh, Demo.GITHUB_REPOSITORY, jiraToken, jiraNode, jiraToken, jiraNode);
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The demo wipes its data directory, so every node starts for the first time and has made its first token. */
    private static String adminToken(RunningNode node) {
        return node.firstAdminToken().map(IssuedToken::token)
                .orElseThrow(() -> new IllegalStateException("node '" + node.config().name() + "' made no admin token at start"));
    }
}
