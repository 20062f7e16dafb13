package io.entwine.connector.support;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

/**
 * HMAC-SHA256 webhook signatures in the {@code sha256=<hex>} form that GitHub ({@code X-Hub-Signature-256}) and
 * Jira admin webhooks ({@code X-Hub-Signature}) send. Stateless and thread-safe.
 */
public final class WebhookSignatures {

    private static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignatures() {
    }

    /**
     * Whether {@code headerValue} is {@code sha256=} followed by the hex HMAC-SHA256 of {@code body} under
     * {@code secret}. A missing, malformed or differently prefixed header is simply not valid (false); the
     * comparison takes the same time wherever the digests differ.
     */
    public static boolean verifySha256(byte[] secret, byte[] body, String headerValue) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(body, "body");
        if (headerValue == null) {
            return false;
        }
        String value = headerValue.strip();
        if (!value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        byte[] claimed;
        try {
            claimed = HexFormat.of().parseHex(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, body), claimed);
    }

    /** {@code sha256=<lower-case hex HMAC-SHA256 of body under secret>}, as a tracker would send it. */
    public static String sign(byte[] secret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret, body));
    }

    private static byte[] hmac(byte[] secret, byte[] body) {
        if (secret.length == 0) {
            throw new IllegalArgumentException("webhook secret must not be empty");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot compute " + ALGORITHM, e);
        }
    }
}
