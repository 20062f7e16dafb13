package io.entwine.transport;

/** The wire names of a peer message: where it is POSTed and the headers that carry its envelope and signature. */
public final class PeerHeaders {

    /** Path, under the peer's base URL, that receives messages. */
    public static final String MESSAGES_PATH = "/peer/v1/messages";

    public static final String CONNECTION = "X-Entwine-Connection";
    public static final String MESSAGE_ID = "X-Entwine-Message-Id";
    public static final String MESSAGE_TYPE = "X-Entwine-Message-Type";
    /** Sending time in epoch milliseconds. */
    public static final String TIMESTAMP = "X-Entwine-Timestamp";
    /** {@code v1=<hex HMAC-SHA256>}, see {@link MessageSigner}. */
    public static final String SIGNATURE = "X-Entwine-Signature";

    private PeerHeaders() {
    }
}
