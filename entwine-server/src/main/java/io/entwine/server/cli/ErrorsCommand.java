package io.entwine.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "errors", description = "List a node's open errors, or retry / skip one.",
        subcommands = {ErrorsCommand.Retry.class, ErrorsCommand.Skip.class})
final class ErrorsCommand implements Runnable {
    @Mixin AdminOptions admin;
    @Option(names = "--resolved", description = "list resolved errors instead") boolean resolved;

    @Override
    public void run() {
        System.out.println(AdminClient.pretty(admin.client().get("/api/errors?status=" + (resolved ? "RESOLVED" : "OPEN"))));
    }

    @Command(name = "retry", description = "Retry the event behind an error.")
    static final class Retry implements Runnable {
        @Mixin AdminOptions admin;
        @Parameters(index = "0", description = "error id") long id;

        @Override
        public void run() {
            System.out.println(AdminClient.pretty(admin.client().post("/api/errors/" + id + "/retry", null)));
        }
    }

    @Command(name = "skip", description = "Skip the event behind an error; the twin's later events proceed.")
    static final class Skip implements Runnable {
        @Mixin AdminOptions admin;
        @Parameters(index = "0", description = "error id") long id;

        @Override
        public void run() {
            System.out.println(AdminClient.pretty(admin.client().post("/api/errors/" + id + "/skip", null)));
        }
    }
}
