package io.entwine.it;

import io.entwine.emulator.github.GitHubEmulator;
import io.entwine.emulator.jira.JiraEmulator;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * The crash run's trackers: the emulated Jira and GitHub in one process of their own (started by {@link CrashTopology}
 * as a child JVM), so killing a node never touches them. Unlike {@code entwine emulator}, the people get accounts of
 * their own (Alice in Jira, Bob on GitHub), as in the fault runs, and GitHub's primary rate limit is lifted: the
 * convergence checks read everything every half second, and a 50-kill run would otherwise spend the 5,000 requests an
 * hour GitHub grants and measure GitHub's reset instead of crash recovery.
 *
 * <p>Arguments: the Jira port and the GitHub port. Prints {@code jira emulator at URL} and {@code github emulator at
 * URL}; stops on SIGTERM.
 */
final class CrashEmulators {
    static final String JIRA_PERSON = "alice@example.com";
    static final String JIRA_PERSON_TOKEN = "alice-token";
    static final String GITHUB_PERSON_TOKEN = "bob-token";

    private CrashEmulators() {
    }

    public static void main(String[] args) throws InterruptedException {
        JiraEmulator jira = new JiraEmulator(Clock.systemUTC());
        jira.start(Integer.parseInt(args[0]));
        GitHubEmulator github = new GitHubEmulator(Clock.systemUTC());
        github.start(Integer.parseInt(args[1]));
        jira.setApiToken(JIRA_PERSON, JIRA_PERSON_TOKEN);
        github.addToken(GITHUB_PERSON_TOKEN, "bob");
        github.primaryRateLimit(10_000_000);
        System.out.println("jira emulator at " + jira.baseUrl());
        System.out.println("github emulator at " + github.baseUrl());
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            github.stop();
            jira.stop();
            stopped.countDown();
        }, "emulators-shutdown"));
        stopped.await();
    }
}
