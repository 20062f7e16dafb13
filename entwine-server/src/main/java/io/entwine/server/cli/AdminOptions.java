package io.entwine.server.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every admin command shares: which node, and the admin token to call it with. {@code --node} is
 * checked when the command runs rather than when it is parsed, so a command with subcommands ({@code errors},
 * {@code errors retry}) does not demand it twice.
 */
final class AdminOptions {
    static final String TOKEN_ENV = "ENTWINE_ADMIN_TOKEN";

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--node", description = "node URL (required)")
    String node;

    @Option(names = "--token", defaultValue = "${env:" + TOKEN_ENV + "}",
            description = "admin token (default: the " + TOKEN_ENV + " environment variable, which keeps it out of the process list)")
    String token;

    AdminClient client() {
        if (node == null || node.isBlank()) throw new ParameterException(command.commandLine(), "Missing required option: '--node'");
        return new AdminClient(node, token);
    }
}
