package io.entwine.core.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Copies a stream to a file in 64 KB steps while computing its SHA-256; stops at a size limit. */
final class HashingCopy {
    private static final int BUFFER = 64 * 1024;

    /** What was copied: the byte count and the lower-case hex SHA-256, or {@code tooLarge} when the limit was passed. */
    record Result(long size, String sha256, boolean tooLarge) {
    }

    private HashingCopy() {
    }

    /** Copies {@code in} into {@code target} (created or truncated); stops reading once more than {@code maxBytes} came. */
    static Result copy(InputStream in, Path target, long maxBytes) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                size += n;
                if (size > maxBytes) return new Result(size, null, true);
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return new Result(size, HexFormat.of().formatHex(digest.digest()), false);
    }

    static boolean isSha256(String value) {
        return value != null && value.length() == 64 && value.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
