package io.entwine.server.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "conflicts", description = "List field conflicts (both sides changed one field), resolve an open one, or set"
        + " a connection's conflict policy.",
        subcommands = {ConflictsCommand.ListConflicts.class, ConflictsCommand.Resolve.class, ConflictsCommand.Policy.class})
final class ConflictsCommand implements Runnable {
    @Mixin AdminOptions admin;

    @Override
    public void run() {
        System.out.println(AdminClient.pretty(admin.client().get("/api/conflicts?status=OPEN")));
    }

    @Command(name = "list", description = "List conflicts, newest first (open ones by default).")
    static final class ListConflicts implements Runnable {
        @Mixin AdminOptions admin;
        @Option(names = "--all", description = "also those settled by the policy or already resolved") boolean all;

        @Override
        public void run() {
            System.out.println(AdminClient.pretty(admin.client().get("/api/conflicts" + (all ? "" : "?status=OPEN"))));
        }
    }

    @Command(name = "resolve", description = "Resolve an open conflict: --keep local or --keep remote.")
    static final class Resolve implements Runnable {
        @Mixin AdminOptions admin;
        @Parameters(index = "0", description = "conflict id") long id;
        @Option(names = "--keep", required = true, description = "local or remote") String keep;

        @Override
        public void run() {
            System.out.println(AdminClient.pretty(admin.client().post("/api/conflicts/" + id + "/resolve",
                    JsonNodeFactory.instance.objectNode().put("keep", keep))));
        }
    }

    @Command(name = "policy", description = "Set how a connection settles conflicts: apply_remote, keep_local, newest_wins or raise.")
    static final class Policy implements Runnable {
        @Mixin AdminOptions admin;
        @Parameters(index = "0", description = "connection id or name") String connection;
        @Parameters(index = "1", description = "apply_remote | keep_local | newest_wins | raise") String policy;

        @Override
        public void run() {
            System.out.println(AdminClient.pretty(admin.client().put("/api/connections/" + connection + "/conflict-policy",
                    JsonNodeFactory.instance.objectNode().put("policy", policy))));
        }
    }
}
