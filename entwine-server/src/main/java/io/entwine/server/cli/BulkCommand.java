package io.entwine.server.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "bulk", description = "Bulk operations of a connection, run in the background, and their progress.",
        subcommands = {BulkCommand.Sync.class, BulkCommand.Connect.class, BulkCommand.Unsync.class, BulkCommand.Status.class})
final class BulkCommand {

    @Command(name = "sync", description = "Bring every entity matching a native query under sync now.")
    static final class Sync implements Runnable {
        @Mixin AdminOptions admin;
        @Parameters(index = "0", description = "connection id or name") String connection;
        @Parameters(index = "1", description = "native query, e.g. 'is:open label:sync' or 'project = DEMO'") String query;

        @Override
        public void run() {
            ObjectNode body = AdminClient.json().createObjectNode().put("query", query);
            System.out.println(AdminClient.pretty(admin.client().post("/api/connections/" + connection + "/bulk/sync", body)));
        }
    }

    @Command(name = "connect", description = "Link existing entities into twins (no entity is created), then sync them.")
    static final class Connect implements Runnable {
        @Mixin AdminOptions admin;
        @Parameters(index = "0", description = "connection id or name") String connection;
        @Parameters(index = "1..*", description = "pairs LOCAL=REMOTE, e.g. DEMO-1=7") List<String> pairs;

        @Override
        public void run() {
            ObjectNode body = AdminClient.json().createObjectNode();
            ArrayNode list = body.putArray("pairs");
            for (String pair : pairs) {
                int eq = pair.indexOf('=');
                if (eq <= 0 || eq == pair.length() - 1) throw new IllegalArgumentException("a pair is LOCAL=REMOTE, got '" + pair + "'");
                list.addObject().put("local", pair.substring(0, eq)).put("remote", pair.substring(eq + 1));
            }
            System.out.println(AdminClient.pretty(admin.client().post("/api/connections/" + connection + "/bulk/connect", body)));
        }
    }

    @Command(name = "unsync", description = "Unsync the twins of the given local keys, or of the entities matching --query.")
    static final class Unsync implements Runnable {
        @Mixin AdminOptions admin;
        @Parameters(index = "0", description = "connection id or name") String connection;
        @Parameters(index = "1..*", arity = "0..*", description = "local keys") List<String> keys;
        @Option(names = "--query", description = "native query instead of keys") String query;

        @Override
        public void run() {
            ObjectNode body = AdminClient.json().createObjectNode();
            if (query != null) body.put("query", query);
            if (keys != null) keys.forEach(body.putArray("keys")::add);
            System.out.println(AdminClient.pretty(admin.client().post("/api/connections/" + connection + "/bulk/unsync", body)));
        }
    }

    @Command(name = "status", description = "Show one job's progress, or the latest jobs.")
    static final class Status implements Runnable {
        @Mixin AdminOptions admin;
        @Parameters(index = "0", arity = "0..1", description = "job id") String jobId;

        @Override
        public void run() {
            System.out.println(AdminClient.pretty(admin.client().get(jobId == null ? "/api/bulk" : "/api/bulk/" + jobId)));
        }
    }
}
