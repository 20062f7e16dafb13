package io.entwine.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "twin", description = "Stop or restart syncing one twin, on both sides.",
        subcommands = {TwinCommand.Unsync.class, TwinCommand.Resync.class})
final class TwinCommand {

    @Command(name = "unsync", description = "Stop syncing an ACTIVE twin; the peer stops too.")
    static final class Unsync implements Runnable {
        @Mixin AdminOptions admin;
        @Parameters(index = "0", description = "twin id (see 'status' or GET /api/twins)") long id;

        @Override
        public void run() {
            System.out.println(AdminClient.pretty(admin.client().post("/api/twins/" + id + "/unsync", null)));
        }
    }

    @Command(name = "resync", description = "Sync an UNSYNCED twin again, starting with a full send; nothing is created twice.")
    static final class Resync implements Runnable {
        @Mixin AdminOptions admin;
        @Parameters(index = "0", description = "twin id") long id;

        @Override
        public void run() {
            System.out.println(AdminClient.pretty(admin.client().post("/api/twins/" + id + "/resync", null)));
        }
    }
}
