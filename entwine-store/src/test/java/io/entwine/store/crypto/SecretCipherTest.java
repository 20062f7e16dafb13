package io.entwine.store.crypto;

import io.entwine.api.errors.ConfigException;
import io.entwine.store.errors.SecretUnreadableException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretCipherTest {
    private final SecretCipher cipher = SecretCipher.of(SecretCipher.newKey());

    @Test
    void opensWhatItSealedForSecretsOfManySizes() {
        Random random = new Random(20261123L);
        for (int size : new int[] {0, 1, 15, 16, 17, 32, 1000}) {
            byte[] plain = new byte[size];
            random.nextBytes(plain);
            byte[] sealed = cipher.seal(plain, "connections.secret:c1");
            assertThat(cipher.open(sealed, "connections.secret:c1")).isEqualTo(plain);
            assertThat(sealed).hasSize(1 + 12 + size + 16);
        }
    }

    @Test
    void sealingTheSameSecretTwiceGivesDifferentBytes() {
        byte[] plain = "same".getBytes(StandardCharsets.UTF_8);
        assertThat(cipher.seal(plain, "ctx")).isNotEqualTo(cipher.seal(plain, "ctx"));
    }

    @Test
    void aSealedValueDoesNotOpenUnderAnotherContext() {
        byte[] sealed = cipher.seal(new byte[32], "connections.secret:c1");
        assertThatThrownBy(() -> cipher.open(sealed, "connections.secret:c2"))
                .isInstanceOf(SecretUnreadableException.class)
                .hasMessage("the stored value for connections.secret:c2 does not open with key " + cipher.fingerprint()
                        + ": it was sealed with another key, or altered");
    }

    @Test
    void aSealedValueDoesNotOpenWithAnotherKey() {
        byte[] sealed = cipher.seal(new byte[32], "ctx");
        SecretCipher other = SecretCipher.of(SecretCipher.newKey());
        assertThatThrownBy(() -> other.open(sealed, "ctx")).isInstanceOf(SecretUnreadableException.class);
    }

    @Test
    void anAlteredSealedValueDoesNotOpen() {
        byte[] sealed = cipher.seal(new byte[32], "ctx");
        for (int i = 1; i < sealed.length; i++) {
            byte[] altered = sealed.clone();
            altered[i] ^= 0x01;
            assertThatThrownBy(() -> cipher.open(altered, "ctx")).as("byte %d flipped", i).isInstanceOf(SecretUnreadableException.class);
        }
        byte[] otherFormat = sealed.clone();
        otherFormat[0] = 2;
        assertThatThrownBy(() -> cipher.open(otherFormat, "ctx")).hasMessage("the stored value for ctx is not a sealed secret of this version");
    }

    @Test
    void theFingerprintNamesTheKeyAndDiffersBetweenKeys() {
        byte[] key = SecretCipher.newKey();
        assertThat(SecretCipher.of(key).fingerprint()).matches("[0-9a-f]{16}").isEqualTo(SecretCipher.of(key).fingerprint());
        assertThat(SecretCipher.of(SecretCipher.newKey()).fingerprint()).isNotEqualTo(SecretCipher.of(key).fingerprint());
    }

    @Test
    void refusesAKeyOfTheWrongLength() {
        assertThatThrownBy(() -> SecretCipher.of(new byte[16]))
                .isInstanceOf(ConfigException.class).hasMessage("a secret key must be 32 bytes (AES-256), got 16 bytes");
    }
}
