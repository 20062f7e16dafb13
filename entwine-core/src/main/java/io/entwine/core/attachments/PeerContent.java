package io.entwine.core.attachments;

import io.entwine.store.connection.Connection;

import java.io.InputStream;

/** Where a receiving node gets attachment content: the sending node, over the connection. */
@FunctionalInterface
public interface PeerContent {
    /**
     * Opens the content the peer offers under {@code sha256}; the caller closes the stream. Blocking. Throws
     * {@code EntityException} when the peer has no such content, {@code RetriableSyncException} when it is unreachable.
     */
    InputStream open(Connection connection, String sha256);
}
