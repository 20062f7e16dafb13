package io.entwine.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reconcile", description = "Run a reconciliation sweep on a node now: every twin is read; drift is sent,"
        + " vanished entities are reported as deleted. Prints what the sweep did.")
final class ReconcileCommand implements Runnable {
    @Mixin AdminOptions admin;

    @Override
    public void run() {
        System.out.println(AdminClient.pretty(admin.client().post("/api/sync/reconcile", null)));
    }
}
