package io.entwine.core.incoming;

import io.entwine.core.TwinContext;
import io.entwine.store.Database;
import io.entwine.store.connection.Connection;
import io.entwine.transport.InboundVerifier;
import io.entwine.transport.VerifiedMessage;

import java.util.Map;

/**
 * The node end of {@code POST /peer/v1/messages}: verifies signature, timestamp window and connection,
 * then hands the message to the {@link PeerInbox}. Rejections are {@code MessageRejectedException}s
 * carrying the HTTP status and the reason; nothing is stored for a rejected message.
 */
public final class PeerReceiver {
    private final InboundVerifier verifier;
    private final Database database;
    private final TwinContext context;
    private final PeerInbox inbox;

    public PeerReceiver(InboundVerifier verifier, Database database, TwinContext context, PeerInbox inbox) {
        this.verifier = verifier;
        this.database = database;
        this.context = context;
        this.inbox = inbox;
    }

    public InboxResult receive(Map<String, String> headers, byte[] body) {
        VerifiedMessage message = verifier.verify(headers, body,
                id -> database.inTransaction(tx -> tx.connections().find(id)).map(Connection::secret));
        Connection connection = context.connection(message.envelope().connectionId());
        return inbox.receive(connection, message.envelope());
    }
}
