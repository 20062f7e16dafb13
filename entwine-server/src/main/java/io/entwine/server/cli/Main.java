package io.entwine.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code bin/entwine}. */
@Command(name = "entwine", mixinStandardHelpOptions = true, version = "Entwine 0.1.0",
        description = "Two-way issue tracker sync.",
        subcommands = {DemoCommand.class, NodeCommand.class, EmulatorCommand.class, ConnectionCommand.class,
                StatusCommand.class, ErrorsCommand.class, TokenCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
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
