package io.entwine.server.cli;

import io.entwine.server.TestNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The admin commands call the node with --token, and the node command resets lost tokens. */
class AdminCommandsTest {
    private static final Pattern TOKEN = Pattern.compile("entwine_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");

    @TempDir
    static Path dir;
    static TestNode test;
    static String token;

    @BeforeAll
    static void startNode() {
        test = TestNode.start(dir);
        token = test.node.firstAdminToken().orElseThrow().token();
    }

    @AfterAll
    static void stop() {
        test.close();
    }

    @Test
    void createsListsAndRevokesTokens() {
        CliRun created = CliRun.of("token", "create", "--node", test.node.url(), "--token", token, "--name", "ci");
        assertThat(created.exit()).isZero();
        String made = created.out().trim();
        assertThat(made).matches(TOKEN.pattern());
        assertThat(created.err()).contains("store it now");
        String id = made.substring("entwine_".length(), "entwine_".length() + 12);
        assertThat(test.node.adminTokens().verify(made)).isPresent();

        CliRun listed = CliRun.of("token", "list", "--node", test.node.url(), "--token", made);
        assertThat(listed.exit()).isZero();
        assertThat(listed.out()).contains("\"id\" : \"" + id + "\"", "\"name\" : \"ci\"").doesNotContain(made).doesNotContain(token);

        CliRun revoked = CliRun.of("token", "revoke", "--node", test.node.url(), "--token", token, id);
        assertThat(revoked.exit()).isZero();
        assertThat(revoked.out()).contains("admin token " + id + " revoked");
        assertThat(test.node.adminTokens().verify(made)).isEmpty();
    }

    @Test
    void anAdminCommandWithoutATokenSaysHowToPassOne() {
        assumeTrue(System.getenv(AdminOptions.TOKEN_ENV) == null, AdminOptions.TOKEN_ENV + " is not set for this test run");
        CliRun connections = CliRun.of("connection", "list", "--node", test.node.url());
        assertThat(connections.exit()).isEqualTo(1);
        assertThat(connections.err()).contains("node answered 401 for /api/connections: GET /api/connections needs an admin token",
                "(pass --token or set ENTWINE_ADMIN_TOKEN)");
    }

    @Test
    void statusShowsTheOpenHealthWithoutATokenAndTheTrackerWithOne() {
        assumeTrue(System.getenv(AdminOptions.TOKEN_ENV) == null, AdminOptions.TOKEN_ENV + " is not set for this test run");
        CliRun anonymous = CliRun.of("status", "--node", test.node.url());
        assertThat(anonymous.exit()).isZero();
        assertThat(anonymous.out()).contains("\"status\" : \"UP\"").doesNotContain("tracker");
        CliRun admin = CliRun.of("status", "--node", test.node.url(), "--token", token);
        assertThat(admin.out()).contains("\"tracker\"", test.jira.baseUrl());
    }

    @Test
    void aWrongTokenIsRefused() {
        CliRun errors = CliRun.of("errors", "--node", test.node.url(), "--token", "entwine_000000000000_" + "A".repeat(43));
        assertThat(errors.exit()).isEqualTo(1);
        assertThat(errors.err()).contains("node answered 403 for /api/errors?status=OPEN: the admin token was not accepted: it is unknown or revoked"
                + " (check --token or ENTWINE_ADMIN_TOKEN)");
    }

    @Test
    void aSubcommandTakesTheTokenToo() {
        CliRun retry = CliRun.of("errors", "retry", "--node", test.node.url(), "--token", token, "999");
        assertThat(retry.exit()).isEqualTo(1);
        assertThat(retry.err()).contains("node answered 404 for /api/errors/999/retry: no error 999 on this node");
        CliRun noNode = CliRun.of("errors", "skip", "--token", token, "999");
        assertThat(noNode.exit()).isEqualTo(2);
        assertThat(noNode.err()).contains("Missing required option: '--node'");
    }

    @Test
    void resetAdminTokenRevokesEveryTokenAndPrintsANewOne() {
        String before = test.node.adminTokens().issue("before-reset").token();
        test.stopNode();
        try {
            CliRun reset = CliRun.of("node", "--config", test.configFile.toString(), "--reset-admin-token");
            assertThat(reset.exit()).as(reset.err()).isZero();
            assertThat(reset.out()).contains("Every earlier admin token of node 'jira-node' is revoked", "Store it now");
            Matcher m = TOKEN.matcher(reset.out());
            assertThat(m.find()).isTrue();
            String fresh = m.group();
            test.restart();
            assertThat(test.node.firstAdminToken()).as("a restarted node makes no first token").isEmpty();
            assertThat(test.call("GET", "/api/tokens", "Bearer " + before).statusCode()).isEqualTo(403);
            assertThat(test.call("GET", "/api/tokens", "Bearer " + token).statusCode()).isEqualTo(403);
            assertThat(test.call("GET", "/api/tokens", "Bearer " + fresh).statusCode()).isEqualTo(200);
            token = fresh;
        } finally {
            if (test.node == null) test.restart();
        }
    }
}
