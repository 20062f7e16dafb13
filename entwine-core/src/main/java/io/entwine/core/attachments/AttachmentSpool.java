package io.entwine.core.attachments;

import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.errors.EntityNotFoundException;
import io.entwine.api.errors.RetriableSyncException;
import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubIssue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The sending side's copy of attachment content, per connection: {@code <spool>/<connection>/blobs/<sha256>} holds
 * the bytes, {@code <spool>/<connection>/ids/<hex of the tracker's attachment id>} the SHA-256 of that attachment,
 * so each attachment is read from the tracker once. {@link #prepare} fills in the content hash of an entity's
 * attachments before the outgoing rules copy them into the replica; the peer then fetches the bytes by that hash.
 * A verified download of the receiving side is {@link #adopt adopted} under the id the tracker gave the upload, so
 * it is never read back from the tracker either. Thread-safe: files are written under a unique temporary name and
 * moved into place atomically. Blocks on the tracker and the disk.
 */
public final class AttachmentSpool {
    private static final Logger log = LoggerFactory.getLogger(AttachmentSpool.class);

    private final TrackerConnector connector;
    private final AttachmentSettings settings;

    public AttachmentSpool(TrackerConnector connector, AttachmentSettings settings) {
        this.connector = connector;
        this.settings = settings;
    }

    public AttachmentSettings settings() {
        return settings;
    }

    /**
     * Sets the content hash of each of {@code entity}'s attachments, reading the ones not spooled yet from the tracker.
     * An attachment over the size limit, or gone from the tracker meanwhile, keeps a null hash: the peer gets its
     * metadata and reports that it has no content to fetch.
     */
    public void prepare(String connectionId, HubIssue entity) {
        if (!connector.supportsAttachments()) return;
        for (HubAttachment a : entity.getAttachments()) {
            if (a.getId() == null || a.getContentHash() != null) continue;
            Optional<String> known = knownHash(connectionId, a.getId());
            if (known.isPresent()) {
                a.setContentHash(known.get());
                continue;
            }
            if (a.getFilesize() != null && a.getFilesize() > settings.maxBytes()) {
                log.warn("{}: attachment '{}' ({} bytes) is over the node's attachment limit of {} bytes; its content is not offered to the peer",
                        entity.getKey(), a.getFilename(), a.getFilesize(), settings.maxBytes());
                continue;
            }
            spool(connectionId, entity.getKey(), a);
        }
    }

    /** The spooled content with this hash for the connection, if any. */
    public Optional<Path> content(String connectionId, String sha256) {
        if (!HashingCopy.isSha256(sha256)) return Optional.empty();
        Path blob = blobs(connectionId).resolve(sha256);
        return Files.isRegularFile(blob) ? Optional.of(blob) : Optional.empty();
    }

    /** A new empty file for a download in progress; the caller deletes or {@link #adopt adopts} it. */
    public Path newDownloadFile() {
        try {
            Path dir = Files.createDirectories(settings.spoolDirectory().resolve("incoming"));
            return Files.createTempFile(dir, "download-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a download file in " + settings.spoolDirectory(), e);
        }
    }

    /** Keeps a verified file as the spooled content of the local attachment {@code localId} (moved, not copied). */
    public void adopt(String connectionId, String localId, Path verified, String sha256) {
        try {
            Files.createDirectories(blobs(connectionId));
            Files.move(verified, blobs(connectionId).resolve(sha256), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            remember(connectionId, localId, sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep attachment " + localId + " in the spool " + settings.spoolDirectory(), e);
        }
    }

    private void spool(String connectionId, String key, HubAttachment a) {
        Path part = newDownloadFile();
        try {
            HashingCopy.Result copied;
            try (InputStream in = connector.openAttachment(key, a.getId())) {
                copied = HashingCopy.copy(in, part, settings.maxBytes());
            }
            if (copied.tooLarge()) {
                log.warn("{}: attachment '{}' is over the node's attachment limit of {} bytes; its content is not offered to the peer",
                        key, a.getFilename(), settings.maxBytes());
                return;
            }
            adopt(connectionId, a.getId(), part, copied.sha256());
            a.setContentHash(copied.sha256());
        } catch (EntityNotFoundException gone) {
            log.info("{}: attachment '{}' disappeared while being read; sent without content", key, a.getFilename());
        } catch (IOException e) {
            throw new RetriableSyncException("reading attachment '" + a.getFilename() + "' (" + a.getId() + ") of " + key
                    + " from the tracker failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(part);
        }
    }

    private Optional<String> knownHash(String connectionId, String attachmentId) {
        Path index = ids(connectionId).resolve(fileName(attachmentId));
        try {
            if (!Files.isRegularFile(index)) return Optional.empty();
            String sha = Files.readString(index, StandardCharsets.US_ASCII).trim();
            return content(connectionId, sha).isPresent() ? Optional.of(sha) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void remember(String connectionId, String attachmentId, String sha256) throws IOException {
        Path dir = Files.createDirectories(ids(connectionId));
        Path tmp = dir.resolve(fileName(attachmentId) + "." + UUID.randomUUID() + ".tmp");
        Files.writeString(tmp, sha256, StandardCharsets.US_ASCII);
        Files.move(tmp, dir.resolve(fileName(attachmentId)), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Path blobs(String connectionId) {
        return settings.spoolDirectory().resolve(connectionId).resolve("blobs");
    }

    private Path ids(String connectionId) {
        return settings.spoolDirectory().resolve(connectionId).resolve("ids");
    }

    /** Tracker ids may hold any character: the file name is their hex form. */
    private static String fileName(String attachmentId) {
        return HexFormat.of().formatHex(attachmentId.getBytes(StandardCharsets.UTF_8));
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a left-over part file in the spool is harmless
        }
    }
}
