package io.entwine.transport;

/**
 * An envelope whose signature, timestamp and size passed {@link InboundVerifier}; only the verifier makes one, so
 * code that takes a {@code VerifiedMessage} cannot be handed an unchecked message. Immutable.
 */
public final class VerifiedMessage {
    private final Envelope envelope;

    VerifiedMessage(Envelope envelope) {
        this.envelope = envelope;
    }

    public Envelope envelope() {
        return envelope;
    }

    @Override
    public String toString() {
        return "Verified" + envelope;
    }
}
