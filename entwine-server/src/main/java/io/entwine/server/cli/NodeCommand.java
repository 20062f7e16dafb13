package io.entwine.server.cli;

import io.entwine.server.RunningNode;
import io.entwine.server.config.NodeConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

@Command(name = "node", description = "Run one node from a configuration file (see README, 'Configuration').")
final class NodeCommand implements Runnable {
    @Option(names = "--config", required = true, description = "node configuration file (Java properties)")
    Path config;

    @Override
    public void run() {
        RunningNode node = RunningNode.start(NodeConfig.load(config), Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.close();
            stopped.countDown();
        }, "node-shutdown"));
        System.out.println("node '" + node.config().name() + "' running at " + node.url() + " (Ctrl+C to stop)");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
