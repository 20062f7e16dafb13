package io.entwine.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "token", description = "Create, list and revoke a node's admin API tokens (with a current token).",
        subcommands = {TokenCommand.Create.class, TokenCommand.List.class, TokenCommand.Revoke.class})
final class TokenCommand {

    @Command(name = "create", description = "Create an admin token and print it; the node cannot show it again.")
    static final class Create implements Runnable {
        @Mixin AdminOptions admin;
        @Option(names = "--name", defaultValue = "cli", description = "what the token is for, e.g. ci or alice (default cli)") String name;

        @Override
        public void run() {
            var answer = admin.client().post("/api/tokens", AdminClient.json().createObjectNode().put("name", name));
            System.out.println(answer.path("token").asText());
            System.err.println("admin token " + answer.path("id").asText() + " ('" + name + "') created: store it now,"
                    + " the node keeps only a hash of it. Use it with --token or " + AdminOptions.TOKEN_ENV + ".");
        }
    }

    @Command(name = "list", description = "List a node's admin tokens (ids and names; never the tokens).")
    static final class List implements Runnable {
        @Mixin AdminOptions admin;

        @Override
        public void run() {
            System.out.println(AdminClient.pretty(admin.client().get("/api/tokens")));
        }
    }

    @Command(name = "revoke", description = "Revoke an admin token by id; calls with it are refused at once.")
    static final class Revoke implements Runnable {
        @Mixin AdminOptions admin;
        @Parameters(index = "0", description = "token id (as listed)") String id;

        @Override
        public void run() {
            admin.client().delete("/api/tokens/" + id);
            System.out.println("admin token " + id + " revoked");
        }
    }
}
