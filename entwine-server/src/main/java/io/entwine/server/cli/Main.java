package io.entwine.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** Entry point of {@code bin/entwine}. */
@Command(name = "entwine", mixinStandardHelpOptions = true, version = "Entwine 0.1.0",
        description = "Two-way issue tracker sync.",
        subcommands = {DemoCommand.class, NodeCommand.class, EmulatorCommand.class, ConnectionCommand.class,
                StatusCommand.class, ErrorsCommand.class, SyncCommand.class, TokenCommand.class, ScriptCommand.class,
                TwinCommand.class, DeletionCommand.class, TriggerCommand.class, BulkCommand.class,
                ReconcileCommand.class, ConflictsCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the CLI with its output going to {@code out} and {@code err} (commands that print through picocli). */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("entwine: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
