package io.entwine.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "trigger", description = "A connection's triggers: native queries whose matching entities come under sync.",
        subcommands = {TriggerCommand.ListTriggers.class, TriggerCommand.Set.class, TriggerCommand.Remove.class})
final class TriggerCommand {

    private static String path(String connection) {
        return "/api/connections/" + connection + "/triggers";
    }

    private static ObjectNode body(Iterable<String> queries) {
        ObjectNode body = AdminClient.json().createObjectNode();
        ArrayNode list = body.putArray("triggers");
        queries.forEach(list::add);
        return body;
    }

    @Command(name = "list", description = "List a connection's triggers.")
    static final class ListTriggers implements Runnable {
        @Mixin AdminOptions admin;
        @Parameters(index = "0", description = "connection id or name") String connection;

        @Override
        public void run() {
            System.out.println(AdminClient.pretty(admin.client().get(path(connection))));
        }
    }

    @Command(name = "set", description = "Replace a connection's triggers with the given queries, e.g. 'is:open label:sync'.")
    static final class Set implements Runnable {
        @Mixin AdminOptions admin;
        @Parameters(index = "0", description = "connection id or name") String connection;
        @Parameters(index = "1..*", description = "native queries (quote each one)") List<String> queries;

        @Override
        public void run() {
            System.out.println(AdminClient.pretty(admin.client().put(path(connection), body(queries))));
        }
    }

    @Command(name = "remove", description = "Remove one trigger (exactly as listed); without a query, remove them all.")
    static final class Remove implements Runnable {
        @Mixin AdminOptions admin;
        @Parameters(index = "0", description = "connection id or name") String connection;
        @Parameters(index = "1", arity = "0..1", description = "the query to remove") String query;

        @Override
        public void run() {
            java.util.List<String> kept = new java.util.ArrayList<>();
            if (query != null) {
                JsonNode current = admin.client().get(path(connection)).path("triggers");
                boolean found = false;
                for (JsonNode q : current) {
                    if (q.asText().equals(query.trim())) found = true;
                    else kept.add(q.asText());
                }
                if (!found) throw new IllegalArgumentException("connection " + connection + " has no trigger '" + query + "'");
            }
            System.out.println(AdminClient.pretty(admin.client().put(path(connection), body(kept))));
        }
    }
}
