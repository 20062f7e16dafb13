package io.entwine.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "connection", description = "Set up, list, pause and resume connections.",
        subcommands = {ConnectionCommand.Invite.class, ConnectionCommand.Accept.class, ConnectionCommand.List.class,
                ConnectionCommand.Pause.class, ConnectionCommand.Resume.class})
final class ConnectionCommand {

    @Command(name = "invite", description = "Create a connection on a node and print its invitation code.")
    static final class Invite implements Runnable {
        @Mixin AdminOptions admin;
        @Option(names = "--name", required = true, description = "connection name") String name;

        @Override
        public void run() {
            var answer = admin.client().post("/api/connections/invitations", AdminClient.json().createObjectNode().put("name", name));
            System.out.println(answer.path("invitationCode").asText());
            System.err.println("connection '" + name + "' created (" + answer.path("connectionId").asText()
                    + "); give the code above to the other node's admin privately: it contains the shared secret.");
        }
    }

    @Command(name = "accept", description = "Accept an invitation code on the other node.")
    static final class Accept implements Runnable {
        @Mixin AdminOptions admin;
        @Option(names = "--code", required = true, description = "the invitation code") String code;

        @Override
        public void run() {
            var answer = admin.client().post("/api/connections/accept", AdminClient.json().createObjectNode().put("invitationCode", code));
            System.out.println(AdminClient.pretty(answer));
        }
    }

    @Command(name = "list", description = "List a node's connections.")
    static final class List implements Runnable {
        @Mixin AdminOptions admin;

        @Override
        public void run() {
            System.out.println(AdminClient.pretty(admin.client().get("/api/connections")));
        }
    }

    @Command(name = "pause", description = "Pause a connection: its changes keep being queued, none is processed.")
    static final class Pause implements Runnable {
        @Mixin AdminOptions admin;
        @Parameters(index = "0", description = "connection id or name") String connection;

        @Override
        public void run() {
            System.out.println(AdminClient.pretty(admin.client().post("/api/connections/" + connection + "/pause", null)));
        }
    }

    @Command(name = "resume", description = "Resume a paused connection: what was queued runs, each twin's changes in order.")
    static final class Resume implements Runnable {
        @Mixin AdminOptions admin;
        @Parameters(index = "0", description = "connection id or name") String connection;

        @Override
        public void run() {
            System.out.println(AdminClient.pretty(admin.client().post("/api/connections/" + connection + "/resume", null)));
        }
    }
}
