package io.entwine.server.cli;

import picocli.CommandLine.Option;

/** The options every admin command shares: which node, and the admin token to call it with. */
final class AdminOptions {
    static final String TOKEN_ENV = "ENTWINE_ADMIN_TOKEN";

    @Option(names = "--node", required = true, description = "node URL")
    String node;

    @Option(names = "--token", defaultValue = "${env:" + TOKEN_ENV + "}",
            description = "admin token (default: the " + TOKEN_ENV + " environment variable, which keeps it out of the process list)")
    String token;

    AdminClient client() {
        return new AdminClient(node, token);
    }
}
