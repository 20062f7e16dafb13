package io.entwine.core.attachments;

import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.errors.EntityException;
import io.entwine.api.errors.RetriableSyncException;
import io.entwine.api.replica.HubAttachment;
import io.entwine.store.Database;
import io.entwine.store.connection.Connection;
import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.errorlog.NewError;
import io.entwine.store.twin.Twin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The receiving side of one attachment: fetches its content from the sending node into a temporary file while
 * hashing it, checks the SHA-256 the replica announced (on a mismatch it fetches once more; a second mismatch is an
 * {@code EntityException} naming the attachment, which holds the twin), uploads the file through the connector and
 * keeps it in the spool under the new id.
 *
 * <p>An attachment that cannot be transferred for a lasting reason is <b>skipped</b>: over this node's size limit,
 * offered without content by the sender (over the sender's limit), or a tracker that takes no uploads. The rest of
 * the entity is applied, and the skip is recorded as an entity-level error naming the attachment, so admins see it;
 * the attachment is tried again the next time the entity arrives (after the limit was raised, for example).
 *
 * <p>Thread-safe; blocks on the peer, the tracker and the disk. Never holds a file in memory.
 */
public final class AttachmentTransfer {
    private static final Logger log = LoggerFactory.getLogger(AttachmentTransfer.class);

    private final TrackerConnector connector;
    private final AttachmentSpool spool;
    private final PeerContent peer;
    private final Database database;
    private final Clock clock;

    public AttachmentTransfer(TrackerConnector connector, AttachmentSpool spool, PeerContent peer, Database database, Clock clock) {
        this.connector = connector;
        this.spool = spool;
        this.peer = peer;
        this.database = database;
        this.clock = clock;
    }

    /** Whether this node's tracker takes attachment uploads at all. */
    public boolean uploads() {
        return connector.supportsAttachments();
    }

    /**
     * Transfers {@code wanted} (an attachment of the other side, {@code remoteId} and {@code contentHash} set) to the
     * local entity {@code key}; returns the attachment as the tracker stored it, or null when it was skipped.
     *
     * @throws EntityException when the content fails its SHA-256 check twice, or the tracker refuses the upload
     */
    public HubAttachment upload(Twin twin, String key, HubAttachment wanted) {
        String name = "'" + wanted.getFilename() + "' (remote id " + (wanted.getRemoteId() != null ? wanted.getRemoteId() : wanted.getId()) + ")";
        long limit = spool.settings().maxBytes();
        if (!connector.supportsAttachments()) {
            return skip(twin, key, "attachment " + name + " was not uploaded: the " + connector.kind()
                    + " tracker takes no attachment uploads (let the incoming rules link to it instead)");
        }
        if (wanted.getFilesize() != null && wanted.getFilesize() > limit) {
            return skip(twin, key, "attachment " + name + " was skipped: its " + wanted.getFilesize()
                    + " bytes exceed this node's attachment limit of " + limit + " bytes (attachments.maxBytes)");
        }
        if (!HashingCopy.isSha256(wanted.getContentHash())) {
            return skip(twin, key, "attachment " + name + " was skipped: the sending node offered no content for it"
                    + " (over its attachment limit, or removed while it was read)");
        }
        Connection connection = database.inTransaction(tx -> tx.connections().find(twin.connectionId()))
                .orElseThrow(() -> new EntityException("connection " + twin.connectionId() + " of twin " + twin.id() + " is gone"));
        Path file = null;
        try {
            String actual = null;
            for (int attempt = 1; attempt <= 2; attempt++) {
                file = spool.newDownloadFile();
                HashingCopy.Result copied;
                try (InputStream in = peer.open(connection, wanted.getContentHash())) {
                    copied = HashingCopy.copy(in, file, limit);
                }
                if (copied.tooLarge()) {
                    return skip(twin, key, "attachment " + name + " was skipped: its content exceeds this node's attachment limit of "
                            + limit + " bytes (attachments.maxBytes)");
                }
                actual = copied.sha256();
                if (actual.equals(wanted.getContentHash())) break;
                log.warn("{}: attachment {} arrived with SHA-256 {} instead of {} (attempt {} of 2)", key, name, actual,
                        wanted.getContentHash(), attempt);
                AttachmentSpool.deleteQuietly(file);
                file = null;
            }
            if (file == null) {
                throw new EntityException("attachment " + name + " of " + key + ": the content fetched from the peer has SHA-256 "
                        + actual + " but the replica announced " + wanted.getContentHash() + ", twice; it was not uploaded");
            }
            long size = Files.size(file);
            HubAttachment stored;
            try (InputStream content = Files.newInputStream(file)) {
                stored = connector.addAttachment(key, wanted.getFilename(), wanted.getMimetype(), size, content);
            }
            stored.setContentHash(wanted.getContentHash());
            stored.setRemoteId(wanted.getRemoteId());
            spool.adopt(connection.id(), stored.getId(), file, wanted.getContentHash());
            file = null;
            return stored;
        } catch (IOException e) {
            throw new RetriableSyncException("transferring attachment " + name + " to " + key + " failed: " + e.getMessage(), e);
        } finally {
            if (file != null) AttachmentSpool.deleteQuietly(file);
        }
    }

    private HubAttachment skip(Twin twin, String key, String message) {
        log.warn("{}: {}", key, message);
        database.useTransaction(tx -> tx.errors().record(new NewError(ErrorLevel.ENTITY, twin.connectionId(), twin.id(), null,
                key + ": " + message, null, null, null), clock.instant()));
        return null;
    }
}
