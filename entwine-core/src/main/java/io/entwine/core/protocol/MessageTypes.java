package io.entwine.core.protocol;

/** Envelope types of the node-to-node protocol. */
public final class MessageTypes {
    /** A replica of one entity: {@link ReplicaMessage}. */
    public static final String REPLICA = "replica";
    /** The receiver applied a replica: {@link AckMessage}. */
    public static final String ACK = "ack";
    /** The accepting node completes an invitation: {@link HandshakeMessage}. */
    public static final String HANDSHAKE = "handshake";

    private MessageTypes() {
    }
}
