package io.entwine.store.crypto;

import io.entwine.api.errors.ConfigException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import io.entwine.store.errors.SecretUnreadableException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens small secrets with AES-256-GCM (JDK only). A sealed value is {@code 0x01 | 12-byte random nonce |
 * ciphertext | 16-byte tag}; the caller's {@code context} (for example {@code "connections.secret:<id>"}) is bound
 * as associated data, so a sealed value copied to another row or purpose does not open. Thread-safe.
 */
public final class SecretCipher {
    /** Length of a key in bytes (AES-256). */
    public static final int KEY_BYTES = 32;
    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String fingerprint;

    private SecretCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
        this.fingerprint = fingerprintOf(key);
    }

    /**
     * A cipher for {@code key}, which must be {@value #KEY_BYTES} bytes.
     *
     * @throws ConfigException when the key has the wrong length
     */
    public static SecretCipher of(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new ConfigException("a secret key must be " + KEY_BYTES + " bytes (AES-256), got "
                    + (key == null ? "none" : key.length + " bytes"));
        }
        return new SecretCipher(key.clone());
    }

    /** A fresh random key of {@value #KEY_BYTES} bytes. */
    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /** Seals {@code plain} for {@code context}; every call uses a new random nonce. */
    public byte[] seal(byte[] plain, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available in this JVM", e);
        }
    }

    /**
     * Opens a value {@link #seal sealed} for the same {@code context}.
     *
     * @throws SecretUnreadableException when the value was sealed with another key or context, or was altered
     */
    public byte[] open(byte[] sealed, String context) {
        if (sealed == null || sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != FORMAT) {
            throw new SecretUnreadableException("the stored value for " + context + " is not a sealed secret of this version");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new SecretUnreadableException("the stored value for " + context + " does not open with key " + fingerprint
                    + ": it was sealed with another key, or altered");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available in this JVM", e);
        }
    }

    /**
     * A short public name of the key (16 hex digits of an HMAC of a constant under the key): tells keys apart in
     * messages and lets the database remember which key sealed its secrets without holding anything that helps
     * recover the key.
     */
    public String fingerprint() {
        return fingerprint;
    }

    private static String fingerprintOf(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal("entwine secret key fingerprint v1".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(Arrays.copyOf(digest, 8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "SecretCipher[key " + fingerprint + "]";
    }
}
