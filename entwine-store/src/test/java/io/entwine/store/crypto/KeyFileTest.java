package io.entwine.store.crypto;

import io.entwine.api.errors.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class KeyFileTest {
    @TempDir
    Path dir;

    @Test
    void aMissingKeyFileLoadsNothing() {
        assertThat(new KeyFile(dir.resolve("node.key")).load()).isEmpty();
    }

    @Test
    void loadsTheKeyItCreated() {
        KeyFile file = new KeyFile(dir.resolve("keys/node.key"));
        SecretCipher created = file.create();
        SecretCipher loaded = file.load().orElseThrow();
        assertThat(loaded.fingerprint()).isEqualTo(created.fingerprint());
        assertThat(loaded.open(created.seal(new byte[] {1, 2, 3}, "ctx"), "ctx")).containsExactly(1, 2, 3);
    }

    @Test
    void createsTheKeyFileReadableByItsOwnerOnly() throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file permissions");
        Path path = dir.resolve("node.key");
        new KeyFile(path).create();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-------");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(path);
        }
    }

    @Test
    void neverReplacesAnExistingKeyFile() throws Exception {
        KeyFile file = new KeyFile(dir.resolve("node.key"));
        SecretCipher first = file.create();
        assertThatThrownBy(file::create).isInstanceOf(ConfigException.class).hasMessageContaining(file.path().toString());
        assertThat(file.load().orElseThrow().fingerprint()).isEqualTo(first.fingerprint());
    }

    @Test
    void namesTheFileWhenItHoldsNoKey() throws Exception {
        Path path = dir.resolve("node.key");
        Files.writeString(path, "# only a comment\n");
        assertThatThrownBy(() -> new KeyFile(path).load()).isInstanceOf(ConfigException.class)
                .hasMessage("the key file " + path + " must hold exactly one key line (Base64 of 32 bytes), found 0");
        Files.writeString(path, "c2hvcnQ=\n");
        assertThatThrownBy(() -> new KeyFile(path).load()).isInstanceOf(ConfigException.class)
                .hasMessage("the key in " + path + " is 5 bytes; an Entwine key is 32 bytes (AES-256)");
        Files.writeString(path, "not base64!\n");
        assertThatThrownBy(() -> new KeyFile(path).load()).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("the key file " + path + " does not hold a Base64 key");
    }
}
