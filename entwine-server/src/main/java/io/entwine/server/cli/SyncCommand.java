package io.entwine.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sync", description = "Show whether a node's sync runs and why not; activate or deactivate it.",
        subcommands = {SyncCommand.Activate.class, SyncCommand.Deactivate.class})
final class SyncCommand implements Runnable {
    @Mixin AdminOptions admin;

    @Override
    public void run() {
        System.out.println(AdminClient.pretty(admin.client().get("/api/sync")));
    }

    @Command(name = "activate", description = "Start the node's sync workers; queued changes are then processed.")
    static final class Activate implements Runnable {
        @Mixin AdminOptions admin;
        @Option(names = "--confirm-fingerprint", description = "the node's fingerprint changed (copied database, another"
                + " tracker) and this is intended: record the new one and start") boolean confirm;

        @Override
        public void run() {
            var body = AdminClient.json().createObjectNode().put("confirmFingerprint", confirm);
            System.out.println(AdminClient.pretty(admin.client().post("/api/sync/activate", body)));
        }
    }

    @Command(name = "deactivate", description = "Stop processing; changes keep being detected and queued.")
    static final class Deactivate implements Runnable {
        @Mixin AdminOptions admin;
        @Option(names = "--reason", description = "why, shown in the sync status") String reason;

        @Override
        public void run() {
            var body = AdminClient.json().createObjectNode();
            if (reason != null) body.put("reason", reason);
            System.out.println(AdminClient.pretty(admin.client().post("/api/sync/deactivate", body)));
        }
    }
}
