package io.entwine.server.cli;

import io.entwine.emulator.core.EmulatorServer;
import io.entwine.emulator.github.GitHubEmulator;
import io.entwine.emulator.jira.JiraEmulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;

@Command(name = "emulator", description = "Run one emulated tracker: jira (Jira Cloud REST v3) or github (GitHub REST).")
final class EmulatorCommand implements Runnable {
    @Parameters(index = "0", description = "jira or github")
    String kind;

    @Option(names = "--port", description = "port (default 7100 for jira, 7101 for github)")
    Integer port;

    @Override
    public void run() {
        EmulatorServer server = switch (kind) {
            case "jira" -> new JiraEmulator(Clock.systemUTC()).start(port == null ? 7100 : port);
            case "github" -> new GitHubEmulator(Clock.systemUTC()).start(port == null ? 7101 : port);
            default -> throw new IllegalArgumentException("unknown emulator '" + kind + "'; choose jira or github");
        };
        System.out.println(kind + " emulator at " + server.baseUrl() + (kind.equals("jira")
                ? "  (Basic demo@example.com / demo, project DEMO)" : "  (Bearer demo, repository acme/demo)"));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
