package io.entwine.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "status", description = "Show a node's health, queue depth and open errors; --twins lists twins.")
final class StatusCommand implements Runnable {
    @Mixin AdminOptions admin;
    @Option(names = "--twins", description = "also list the twins of the node's connection") boolean twins;

    @Override
    public void run() {
        AdminClient client = admin.client();
        System.out.println(AdminClient.pretty(client.get("/api/health")));
        if (twins) System.out.println(AdminClient.pretty(client.get("/api/twins")));
    }
}
