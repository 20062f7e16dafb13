package io.entwine.server.cli;

import io.entwine.server.TestNode;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.twin.TwinState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The CLI of deletions, unsync, triggers and bulk jobs against a running node. */
class LifecycleCommandsTest {
    @TempDir
    static Path dir;
    static TestNode test;
    static String token;
    static String connectionId;
    static long twinId;

    @BeforeAll
    static void startNode() {
        test = TestNode.start(dir);
        token = test.node.firstAdminToken().orElseThrow().token();
        var node = test.node.node();
        connectionId = node.connections().invite("cli").connectionId();
        node.database().useTransaction(tx -> tx.connections().updateStatus(connectionId, ConnectionStatus.ACTIVE));
        twinId = node.database().inTransaction(tx -> tx.twins().getOrCreateByLocalKey(connectionId, "DEMO-1", Instant.now())).id();
    }

    @AfterAll
    static void stop() {
        test.close();
    }

    @Test
    void setsAndShowsTheRemoteDeletionPolicy() {
        assertThat(admin("deletion", "get", "cli").out()).contains("\"remoteDeletion\" : \"NOTHING\"");
        assertThat(admin("deletion", "set", "cli", "note").out()).contains("\"remoteDeletion\" : \"NOTE\"");
        assertThat(admin("deletion", "get", connectionId).out()).contains("\"remoteDeletion\" : \"NOTE\"");

        CliRun wrong = admin("deletion", "set", "cli", "archive");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("unknown remote deletion policy 'archive'; one of [NOTHING, DELETE, NOTE]");
    }

    @Test
    void setsListsAndRemovesTriggers() {
        assertThat(admin("trigger", "set", "cli", "label:a", "is:open label:b").exit()).isZero();
        assertThat(admin("trigger", "list", "cli").out()).contains("\"label:a\"", "\"is:open label:b\"");

        assertThat(admin("trigger", "remove", "cli", "label:a").out()).doesNotContain("\"label:a\"").contains("\"is:open label:b\"");
        CliRun unknown = admin("trigger", "remove", "cli", "label:zzz");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("connection cli has no trigger 'label:zzz'");
        assertThat(admin("trigger", "remove", "cli").out()).contains("\"triggers\" : [ ]");
    }

    @Test
    void unsyncsAndResyncsATwinAndRunsABulkUnsyncWithVisibleProgress() {
        assertThat(admin("twin", "unsync", String.valueOf(twinId)).out()).contains("\"state\" : \"UNSYNCED\"");
        CliRun again = admin("twin", "unsync", String.valueOf(twinId));
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("409", "only an ACTIVE twin can be unsynced");
        assertThat(admin("twin", "resync", String.valueOf(twinId)).out()).contains("\"state\" : \"ACTIVE\"");

        CliRun started = admin("bulk", "unsync", "cli", "DEMO-1", "DEMO-404");
        assertThat(started.out()).contains("\"kind\" : \"unsync\"", "\"state\" : \"RUNNING\"");
        Matcher id = Pattern.compile("\"id\" : \"([^\"]+)\"").matcher(started.out());
        assertThat(id.find()).isTrue();
        String status = await().atMost(Duration.ofSeconds(10)).until(() -> admin("bulk", "status", id.group(1)).out(),
                out -> out.contains("\"state\" : \"DONE\""));
        assertThat(status).contains("\"total\" : 2", "\"done\" : 1", "\"failed\" : 1", "DEMO-404: not twinned on this connection");
        assertThat(admin("bulk", "status").out()).contains(id.group(1));
        assertThat(test.node.node().database().inTransaction(tx -> tx.twins().find(twinId)).orElseThrow().state())
                .isEqualTo(TwinState.UNSYNCED);
    }

    @Test
    void aBulkConnectPairMustNameBothKeys() {
        CliRun bad = admin("bulk", "connect", "cli", "DEMO-1");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("a pair is LOCAL=REMOTE, got 'DEMO-1'");
    }


    private static CliRun admin(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--node";
        all[args.length + 1] = test.node.url();
        all[args.length + 2] = "--token";
        all[args.length + 3] = token;
        return CliRun.of(all);
    }
}
