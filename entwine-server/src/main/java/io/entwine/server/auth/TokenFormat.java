package io.entwine.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of an admin token: {@code entwine_<id>_<secret>}, where the id (12 hex digits) is public and names
 * the stored row, and the secret is 256 random bits in Base64url. Only SHA-256 over a random per-token salt and
 * the secret is stored; tokens are random, so a fast hash is enough (no password stretching needed).
 */
final class TokenFormat {
    private static final Pattern TOKEN = Pattern.compile("entwine_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token split into its parts. */
    record Parts(String id, String secret) {
        String token() {
            return "entwine_" + id + "_" + secret;
        }

        @Override
        public String toString() {
            return "Parts[id=" + id + "]";
        }
    }

    private TokenFormat() {
    }

    static Parts generate() {
        return new Parts(HexFormat.of().formatHex(random(6)), Base64.getUrlEncoder().withoutPadding().encodeToString(random(32)));
    }

    static Optional<Parts> parse(String token) {
        if (token == null) return Optional.empty();
        Matcher m = TOKEN.matcher(token.trim());
        return m.matches() ? Optional.of(new Parts(m.group(1), m.group(2))) : Optional.empty();
    }

    static String newSalt() {
        return HexFormat.of().formatHex(random(16));
    }

    static String hash(String saltHex, String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(HexFormat.of().parseHex(saltHex));
            return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    /** Compares in time independent of where the two differ. */
    static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
