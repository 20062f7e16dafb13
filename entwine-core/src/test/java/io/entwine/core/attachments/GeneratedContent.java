package io.entwine.core.attachments;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;

/** Deterministic pseudo-random content of any size, produced as it is read (never held whole). */
final class GeneratedContent extends InputStream {
    private final SplittableRandom random;
    private long remaining;

    GeneratedContent(long size, long seed) {
        this.random = new SplittableRandom(seed);
        this.remaining = size;
    }

    @Override
    public int read() {
        if (remaining <= 0) return -1;
        remaining--;
        return random.nextInt(256);
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (remaining <= 0) return -1;
        int n = (int) Math.min(len, remaining);
        for (int i = 0; i < n; i++) b[off + i] = (byte) random.nextInt(256);
        remaining -= n;
        return n;
    }

    static String sha256(long size, long seed) {
        try (InputStream in = new GeneratedContent(size, seed)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
