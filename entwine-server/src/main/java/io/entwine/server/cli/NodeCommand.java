package io.entwine.server.cli;

import io.entwine.server.RunningNode;
import io.entwine.server.auth.IssuedToken;
import io.entwine.server.config.NodeConfig;
import io.entwine.store.errors.StoreUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

@Command(name = "node", description = "Run one node from a configuration file (see README, 'Configuration').")
final class NodeCommand implements Runnable {
    @Option(names = "--config", required = true, description = "node configuration file (Java properties)")
    Path config;

    @Option(names = "--reset-admin-token", description = "revoke every admin token of the node, print a new one and exit"
            + " (for a lost token; stop the node first when it uses the embedded database)")
    boolean resetAdminToken;

    @Override
    public void run() {
        NodeConfig nodeConfig = NodeConfig.load(config);
        if (resetAdminToken) {
            reset(nodeConfig);
            return;
        }
        RunningNode node = RunningNode.start(nodeConfig, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.close();
            stopped.countDown();
        }, "node-shutdown"));
        node.firstAdminToken().ifPresent(token -> printToken(token, "This is the node's first start; its admin token is"));
        System.out.println("node '" + node.config().name() + "' running at " + node.url() + " (Ctrl+C to stop)");
        var sync = node.node().syncControl().state();
        if (!sync.active()) System.out.println("sync is inactive: " + sync.reason());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reset(NodeConfig nodeConfig) {
        IssuedToken token;
        try {
            token = RunningNode.resetAdminToken(nodeConfig, Clock.systemUTC());
        } catch (StoreUnavailableException e) {
            throw new IllegalStateException(e.getMessage() + " (is the node still running? stop it first: the embedded database"
                    + " allows one process at a time)", e);
        }
        printToken(token, "Every earlier admin token of node '" + nodeConfig.name() + "' is revoked. The new one is");
    }

    private static void printToken(IssuedToken token, String intro) {
        System.out.printf("%n%s%n%n    %s%n%nStore it now (a password manager, or export %s=...): the node keeps only a hash"
                + " and cannot show it again.%nLost it? bin/entwine node --config <file> --reset-admin-token%n%n",
                intro, token.token(), AdminOptions.TOKEN_ENV);
        System.out.flush();
    }
}
