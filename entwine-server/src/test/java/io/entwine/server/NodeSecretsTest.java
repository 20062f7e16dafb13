package io.entwine.server;

import io.entwine.api.errors.ConfigException;
import io.entwine.server.config.NodeConfig;
import io.entwine.store.crypto.KeyFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A node seals its connection secrets with the key file beside its data directory, refuses to start without it, and
 * shows its first admin token only from a start that succeeded.
 */
class NodeSecretsTest {
    @TempDir
    Path dir;
    TestNode test;

    @BeforeEach
    void start() {
        test = TestNode.start(dir);
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void theKeyFileIsMadeOwnerOnlyBesideTheDataDirectory() throws Exception {
        Path key = dir.resolve("jira-node.key");
        assertThat(test.config().keyFile()).isEqualTo(key.toAbsolutePath());
        assertThat(key).exists();
        assertThat(dir.resolve("jira-node").resolve("jira-node.key")).doesNotExist();
        assumeTrue(Files.getFileAttributeView(key, PosixFileAttributeView.class) != null, "POSIX file permissions");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }

    @Test
    void theDatabaseNeverHoldsAConnectionSecretInThePlain() {
        var code = test.node.node().connections().invite("c1");
        byte[] secret = test.node.node().connections().find("c1").orElseThrow().secret();
        assertThat(secret).hasSize(32);
        String dump = test.dump();
        assertThat(dump).doesNotContainIgnoringCase(HexFormat.of().formatHex(secret))
                .doesNotContain(Base64.getEncoder().encodeToString(secret))
                .doesNotContain(code.encode());
        test.restart();
        assertThat(test.node.node().connections().find("c1").orElseThrow().secret()).isEqualTo(secret);
    }

    @Test
    void aFirstStartThatFailsMakesNoTokenSoTheNextStartShowsOne(@TempDir Path other) {
        Properties p = new Properties();
        p.setProperty("node.name", "down-node");
        p.setProperty("node.port", "0");
        p.setProperty("node.dataDir", other.resolve("down-node").toString());
        p.setProperty("tracker.kind", "jira-cloud");
        p.setProperty("tracker.baseUrl", test.jira.baseUrl());
        p.setProperty("tracker.email", "demo@example.com");
        p.setProperty("tracker.apiToken", "wrong");
        p.setProperty("tracker.project", "DEMO");
        NodeConfig config = NodeConfig.from(p, Map.of(), "test");
        assertThatThrownBy(() -> RunningNode.start(config, Clock.systemUTC())).isInstanceOf(RuntimeException.class);
        p.setProperty("tracker.apiToken", "demo");
        try (RunningNode node = RunningNode.start(NodeConfig.from(p, Map.of(), "test"), Clock.systemUTC())) {
            assertThat(node.firstAdminToken()).isPresent();
        }
    }

    @Test
    void refusesToStartWhenTheKeyFileIsMissingOrAnother() throws Exception {
        test.node.node().connections().invite("c1");
        test.stopNode();
        Path key = test.config().keyFile();
        Path moved = dir.resolve("kept-safe.key");
        Files.move(key, moved);
        assertThatThrownBy(test::restart).isInstanceOf(ConfigException.class)
                .hasMessageContaining("this database holds 1 connection secret(s) sealed with key")
                .hasMessageContaining("but the key file " + key + " does not exist");
        new KeyFile(key).create();
        assertThatThrownBy(test::restart).isInstanceOf(ConfigException.class)
                .hasMessageContaining("the key file " + key + " holds key")
                .hasMessageContaining("do not open with it. Set node.keyFile to the node's original key file.");
        Files.move(moved, key, StandardCopyOption.REPLACE_EXISTING);
        test.restart();
        assertThat(test.node.node().connections().find("c1")).isPresent();
    }
}
