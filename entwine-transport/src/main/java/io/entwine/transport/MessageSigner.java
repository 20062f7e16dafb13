package io.entwine.transport;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Signs envelopes: {@code v1=<hex HMAC-SHA256(secret, timestamp + "." + messageId + "." + connectionId + "." +
 * type + "." + body)>}, timestamp in epoch milliseconds. Every header field is covered, so none can be swapped
 * without breaking the signature. Stateless and thread-safe.
 */
public final class MessageSigner {

    static final String VERSION_PREFIX = "v1=";
    private static final String ALGORITHM = "HmacSHA256";

    private MessageSigner() {
    }

    /** The {@link PeerHeaders#SIGNATURE} value for {@code envelope} under {@code secret}. */
    public static String sign(byte[] secret, Envelope envelope) {
        return VERSION_PREFIX + HexFormat.of().formatHex(mac(secret, envelope));
    }

    /** The raw HMAC the signature carries. */
    static byte[] mac(byte[] secret, Envelope envelope) {
        if (secret == null || secret.length == 0) {
            throw new IllegalArgumentException("connection secret must not be empty (connection " + envelope.connectionId() + ")");
        }
        String signedHeaders = envelope.timestamp().toEpochMilli() + "." + envelope.messageId() + "."
                + envelope.connectionId() + "." + envelope.type() + ".";
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            mac.update(signedHeaders.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(envelope.body());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot compute " + ALGORITHM, e);
        }
    }
}
