package io.entwine.core.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a node keeps attachment content and the largest attachment it transfers.
 *
 * @param spoolDirectory content spooled for the peer (per connection, by SHA-256) and downloads in progress
 * @param maxBytes       larger attachments are neither spooled for the peer nor fetched from it: they are skipped
 *                       with an entity-level error that names them, and everything else of the entity still syncs
 */
public record AttachmentSettings(Path spoolDirectory, long maxBytes) {
    /** Default limit: 100 MB. */
    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

    public AttachmentSettings {
        if (spoolDirectory == null) throw new IllegalArgumentException("attachment spool directory must be given");
        if (maxBytes < 0) throw new IllegalArgumentException("attachment size limit must not be negative, got " + maxBytes);
    }

    /** A spool in a new temporary directory (nodes built without a data directory, tests). */
    public static AttachmentSettings temporary() {
        try {
            return new AttachmentSettings(Files.createTempDirectory("entwine-attachments"), DEFAULT_MAX_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary attachment spool", e);
        }
    }
}
