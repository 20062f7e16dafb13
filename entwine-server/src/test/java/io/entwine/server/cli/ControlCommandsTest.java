package io.entwine.server.cli;

import io.entwine.server.TestNode;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.errorlog.NewError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The sync, error and pause commands drive the node's sync control over its REST API. */
class ControlCommandsTest {
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
    void showsWhySyncIsInactiveThenActivatesAndDeactivatesIt() {
        CliRun status = CliRun.of("sync", "--node", test.node.url(), "--token", token);
        assertThat(status.exit()).isZero();
        assertThat(status.out()).contains("\"syncActive\" : false", "sync.startWorkers=false");

        CliRun activated = CliRun.of("sync", "activate", "--node", test.node.url(), "--token", token);
        assertThat(activated.exit()).isZero();
        assertThat(activated.out()).contains("\"syncActive\" : true", "\"trackerBaseUrl\" : \"" + test.jira.baseUrl() + "\"");
        assertThat(test.node.node().isActive()).isTrue();

        CliRun deactivated = CliRun.of("sync", "deactivate", "--node", test.node.url(), "--token", token, "--reason", "maintenance");
        assertThat(deactivated.out()).contains("\"syncActive\" : false", "deactivated by an administrator: maintenance");
        assertThat(test.node.node().isActive()).isFalse();
    }

    @Test
    void pausesAndResumesAConnectionByName() {
        String id = test.node.node().connections().invite("to-pause").connectionId();
        test.node.node().database().useTransaction(tx -> tx.connections().updateStatus(id, ConnectionStatus.ACTIVE));

        CliRun paused = CliRun.of("connection", "pause", "--node", test.node.url(), "--token", token, "to-pause");
        assertThat(paused.exit()).isZero();
        assertThat(paused.out()).contains("\"status\" : \"PAUSED\"");
        CliRun resumed = CliRun.of("connection", "resume", "--node", test.node.url(), "--token", token, id);
        assertThat(resumed.out()).contains("\"status\" : \"ACTIVE\"");
    }

    @Test
    void listsErrorsByLevelAndShowsOne() {
        long node = test.node.node().database().inTransaction(tx -> tx.errors().record(
                new NewError(ErrorLevel.NODE, null, null, null, "a defect", null, null, "java.lang.NullPointerException\n\tat x"),
                Instant.now()));
        test.node.node().database().useTransaction(tx -> tx.errors().record(
                new NewError(ErrorLevel.ENTITY, null, null, null, "refused", null, null, null), Instant.now()));

        CliRun listed = CliRun.of("errors", "list", "--node", test.node.url(), "--token", token, "--level", "NODE");
        assertThat(listed.exit()).isZero();
        assertThat(listed.out()).contains("a defect").doesNotContain("refused");
        CliRun shown = CliRun.of("errors", "show", "--node", test.node.url(), "--token", token, String.valueOf(node));
        assertThat(shown.out()).contains("\"level\" : \"NODE\"", "NullPointerException");
    }
}
