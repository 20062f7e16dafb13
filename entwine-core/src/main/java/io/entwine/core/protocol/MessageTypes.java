package io.entwine.core.protocol;

/** Envelope types of the node-to-node protocol. */
public final class MessageTypes {
    /** A replica of one entity: {@link ReplicaMessage}. */
    public static final String REPLICA = "replica";
    /** The receiver applied a replica: {@link AckMessage}. */
    public static final String ACK = "ack";
    /** The accepting node completes an invitation: {@link HandshakeMessage}. */
    public static final String HANDSHAKE = "handshake";
    /** The sender's entity was deleted: {@link DeleteMessage}. */
    public static final String DELETE = "delete";
    /** The sender stopped syncing a twin; the receiver stops too: {@link TwinMessage}. */
    public static final String UNSYNC = "unsync";
    /** The sender syncs an unsynced twin again; the receiver does too: {@link TwinMessage}. */
    public static final String RESYNC = "resync";
    /** The sender links an existing entity of each side into a twin (bulk connect): {@link ConnectMessage}. */
    public static final String CONNECT = "connect";

    private MessageTypes() {
    }
}
