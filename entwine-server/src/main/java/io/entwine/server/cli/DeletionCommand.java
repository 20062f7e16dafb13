package io.entwine.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "deletion", description = "What this side does when the peer's twin entity is deleted.",
        subcommands = {DeletionCommand.Get.class, DeletionCommand.Set.class})
final class DeletionCommand {

    @Command(name = "get", description = "Show a connection's remote-deletion policy.")
    static final class Get implements Runnable {
        @Mixin AdminOptions admin;
        @Parameters(index = "0", description = "connection id or name") String connection;

        @Override
        public void run() {
            System.out.println(AdminClient.pretty(admin.client().get("/api/connections/" + connection + "/deletion")));
        }
    }

    @Command(name = "set", description = "Set it: NOTHING (default), DELETE (trackers that cannot delete are closed with a note) or NOTE.")
    static final class Set implements Runnable {
        @Mixin AdminOptions admin;
        @Parameters(index = "0", description = "connection id or name") String connection;
        @Parameters(index = "1", description = "NOTHING, DELETE or NOTE") String policy;

        @Override
        public void run() {
            var body = AdminClient.json().createObjectNode().put("remoteDeletion", policy);
            System.out.println(AdminClient.pretty(admin.client().put("/api/connections/" + connection + "/deletion", body)));
        }
    }
}
