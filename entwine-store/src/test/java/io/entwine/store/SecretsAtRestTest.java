package io.entwine.store;

import io.entwine.api.errors.ConfigException;
import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionRole;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.crypto.KeyFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Connection secrets are sealed in the database with a key kept in a file outside it. */
class SecretsAtRestTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final byte[] secret = new byte[32];

    @TempDir
    Path dir;

    SecretsAtRestTest() {
        new Random(7).nextBytes(secret);
    }

    @Test
    void aConnectionSecretReadsBackPlainButIsStoredOnlySealed() throws Exception {
        KeyFile key = new KeyFile(dir.resolve("node.key"));
        try (Database db = open(key)) {
            db.useTransaction(tx -> tx.connections().insert(connection("c1")));
            assertThat(db.inTransaction(tx -> tx.connections().find("c1")).orElseThrow().secret()).isEqualTo(secret);
            assertThat(dump(db)).doesNotContainIgnoringCase(HexFormat.of().formatHex(secret));
            try (Statement s = db.dataSource().getConnection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT secret, secret_sealed FROM connections")) {
                rs.next();
                assertThat(rs.getBytes("secret")).isNull();
                assertThat(rs.getBytes("secret_sealed")).hasSize(1 + 12 + 32 + 16);
            }
        }
        try (Database again = open(key)) {
            assertThat(again.inTransaction(tx -> tx.connections().find("c1")).orElseThrow().secret()).isEqualTo(secret);
        }
    }

    @Test
    void createsTheKeyFileOnFirstOpenOutsideTheDatabaseDirectory() {
        Path keyPath = dir.resolve("node.key");
        try (Database db = open(new KeyFile(keyPath))) {
            assertThat(keyPath).exists();
            assertThat(dir.resolve("db")).isDirectory();
            assertThat(dir.resolve("db").resolve("node.key")).doesNotExist();
        }
    }

    @Test
    void refusesToOpenWhenTheKeyFileOfItsSecretsIsMissing() throws Exception {
        Path keyPath = dir.resolve("node.key");
        String fingerprint;
        try (Database db = open(new KeyFile(keyPath))) {
            db.useTransaction(tx -> tx.connections().insert(connection("c1")));
            fingerprint = new KeyFile(keyPath).load().orElseThrow().fingerprint();
        }
        Files.delete(keyPath);
        assertThatThrownBy(() -> open(new KeyFile(keyPath)))
                .isInstanceOf(ConfigException.class)
                .hasMessage("this database holds 1 connection secret(s) sealed with key " + fingerprint + ", but the key file "
                        + keyPath + " does not exist. Restore the node's key file there, or set node.keyFile to where it is;"
                        + " the key is never stored in the database, so a database copied without its key file cannot read its secrets.");
        assertThat(keyPath).as("a refused open makes no new key").doesNotExist();
    }

    @Test
    void refusesToOpenWithAnotherKey() {
        Path keyPath = dir.resolve("node.key");
        String fingerprint;
        try (Database db = open(new KeyFile(keyPath))) {
            db.useTransaction(tx -> tx.connections().insert(connection("c1")));
            fingerprint = new KeyFile(keyPath).load().orElseThrow().fingerprint();
        }
        KeyFile other = new KeyFile(dir.resolve("other.key"));
        String otherFingerprint = other.create().fingerprint();
        assertThatThrownBy(() -> open(other))
                .isInstanceOf(ConfigException.class)
                .hasMessage("the key file " + other.path() + " holds key " + otherFingerprint + ", but the 1 connection secret(s)"
                        + " in this database were sealed with key " + fingerprint + " and do not open with it."
                        + " Set node.keyFile to the node's original key file.");
    }

    @Test
    void aDatabaseWithoutSecretsTakesANewKey() throws Exception {
        Path keyPath = dir.resolve("node.key");
        try (Database db = open(new KeyFile(keyPath))) {
            db.useTransaction(tx -> tx.settings().put("x", "y"));
        }
        Files.delete(keyPath);
        try (Database db = open(new KeyFile(keyPath))) {
            db.useTransaction(tx -> tx.connections().insert(connection("c1")));
            assertThat(db.inTransaction(tx -> tx.connections().find("c1")).orElseThrow().secret()).isEqualTo(secret);
        }
        assertThat(keyPath).exists();
    }

    @Test
    void sealsSecretsAnEarlierVersionStoredInPlainText() throws Exception {
        KeyFile key = new KeyFile(dir.resolve("node.key"));
        try (Database db = open(key); var jdbc = db.dataSource().getConnection();
             var insert = jdbc.prepareStatement("INSERT INTO connections (id, name, secret, role, status, created_at, updated_at)"
                     + " VALUES ('old', 'old', ?, 'INVITER', 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            insert.setBytes(1, secret);
            insert.executeUpdate();
        }
        try (Database db = open(key)) {
            assertThat(db.inTransaction(tx -> tx.connections().find("old")).orElseThrow().secret()).isEqualTo(secret);
            assertThat(dump(db)).doesNotContainIgnoringCase(HexFormat.of().formatHex(secret));
        }
    }

    @Test
    void aSecretCopiedToAnotherConnectionDoesNotOpen() throws Exception {
        try (Database db = open(new KeyFile(dir.resolve("node.key")))) {
            db.useTransaction(tx -> {
                tx.connections().insert(connection("c1"));
                tx.connections().insert(new Connection("c2", "c2", null, null, new byte[32], ConnectionRole.INVITER,
                        ConnectionStatus.INVITED, "{}", NOW, NOW));
            });
            try (Statement s = db.dataSource().getConnection().createStatement()) {
                s.executeUpdate("UPDATE connections SET secret_sealed = (SELECT secret_sealed FROM connections WHERE id = 'c1') WHERE id = 'c2'");
            }
            assertThatThrownBy(() -> db.inTransaction(tx -> tx.connections().find("c2")))
                    .hasMessageContaining("connections.secret:c2 does not open");
        }
    }

    private Database open(KeyFile key) {
        return Database.open(DatabaseConfig.h2File(dir.resolve("db")), clock, key);
    }

    private Connection connection(String id) {
        return new Connection(id, id, null, null, secret, ConnectionRole.INVITER, ConnectionStatus.INVITED, "{}", NOW, NOW);
    }

    /** Everything the H2 database holds, as SQL. */
    static String dump(Database db) throws Exception {
        StringBuilder out = new StringBuilder();
        try (var jdbc = db.dataSource().getConnection(); Statement s = jdbc.createStatement(); ResultSet rs = s.executeQuery("SCRIPT")) {
            while (rs.next()) out.append(rs.getString(1)).append('\n');
        }
        return out.toString();
    }

}
