package io.entwine.core.attachments;

import io.entwine.store.Database;
import io.entwine.store.connection.Connection;
import io.entwine.transport.Envelope;
import io.entwine.transport.InboundVerifier;
import io.entwine.transport.errors.MessageRejectedException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The node end of {@code GET /peer/v1/attachments/{sha256}}: the peer's request is signed like a message whose type
 * is {@value #MESSAGE_TYPE} and whose body is the request path, so the signature covers which content is asked for.
 * Content is served only to the connection it was spooled for. Stateless and thread-safe.
 */
public final class AttachmentServing {
    public static final String PATH_PREFIX = "/peer/v1/attachments/";
    public static final String MESSAGE_TYPE = "attachment";

    private final InboundVerifier verifier;
    private final Database database;
    private final AttachmentSpool spool;

    public AttachmentServing(InboundVerifier verifier, Database database, AttachmentSpool spool) {
        this.verifier = verifier;
        this.database = database;
        this.spool = spool;
    }

    /** The signed body of a request for {@code sha256}: its path. */
    public static byte[] signedBody(String sha256) {
        return (PATH_PREFIX + sha256).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The file to stream for a verified request.
     *
     * @throws MessageRejectedException 400/401/404 for a bad signature or header, 404 for content not spooled for the
     *                                  requesting connection
     */
    public Path open(Map<String, String> headers, String sha256) {
        Envelope envelope = verifier.verify(headers, signedBody(sha256),
                id -> database.inTransaction(tx -> tx.connections().find(id)).map(Connection::secret)).envelope();
        if (!MESSAGE_TYPE.equals(envelope.type())) {
            throw new MessageRejectedException(400, "an attachment request must be signed as type '" + MESSAGE_TYPE + "'");
        }
        return spool.content(envelope.connectionId(), sha256)
                .orElseThrow(() -> new MessageRejectedException(404, "no attachment content " + sha256 + " for connection " + envelope.connectionId()));
    }
}
