package io.entwine.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

@Command(name = "errors", description = "List a node's errors (open ones by default), show one, retry or skip one.",
        subcommands = {ErrorsCommand.List.class, ErrorsCommand.Show.class, ErrorsCommand.Retry.class, ErrorsCommand.Skip.class})
final class ErrorsCommand implements Runnable {
    @Mixin AdminOptions admin;
    @Option(names = "--resolved", description = "list resolved errors instead") boolean resolved;

    @Override
    public void run() {
        System.out.println(AdminClient.pretty(admin.client().get("/api/errors?status=" + (resolved ? "RESOLVED" : "OPEN"))));
    }

    @Command(name = "list", description = "List errors, filtered by status, level and connection.")
    static final class List implements Runnable {
        @Mixin AdminOptions admin;
        @Option(names = "--status", description = "OPEN (default), RESOLVED or ALL") String status = "OPEN";
        @Option(names = "--level", description = "ENTITY, CONNECTION, INSTANCE or NODE") String level;
        @Option(names = "--connection", description = "connection id or name") String connection;

        @Override
        public void run() {
            StringBuilder path = new StringBuilder("/api/errors?status=").append(encode(status));
            if (level != null) path.append("&level=").append(encode(level));
            if (connection != null) path.append("&connection=").append(encode(connection));
            System.out.println(AdminClient.pretty(admin.client().get(path.toString())));
        }
    }

    @Command(name = "show", description = "Show one error with its stack trace.")
    static final class Show implements Runnable {
        @Mixin AdminOptions admin;
        @Parameters(index = "0", description = "error id") long id;

        @Override
        public void run() {
            System.out.println(AdminClient.pretty(admin.client().get("/api/errors/" + id)));
        }
    }

    @Command(name = "retry", description = "Retry the event behind an error (for a connection-level error: every held"
            + " event of the connection, which releases it).")
    static final class Retry implements Runnable {
        @Mixin AdminOptions admin;
        @Parameters(index = "0", description = "error id") long id;

        @Override
        public void run() {
            System.out.println(AdminClient.pretty(admin.client().post("/api/errors/" + id + "/retry", null)));
        }
    }

    @Command(name = "skip", description = "Skip the event behind an error (it is recorded as SKIPPED); the twin's later events proceed.")
    static final class Skip implements Runnable {
        @Mixin AdminOptions admin;
        @Parameters(index = "0", description = "error id") long id;

        @Override
        public void run() {
            System.out.println(AdminClient.pretty(admin.client().post("/api/errors/" + id + "/skip", null)));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
