package io.entwine.transport;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One message between nodes: who it is for ({@code connectionId}), what it is ({@code type}), when it was sent and
 * its opaque body (JSON by convention). Ids and type are restricted to {@code [A-Za-z0-9_:-]}, 1-200 characters,
 * because they travel in headers and are joined with '.' in the signed text. The timestamp is kept to the
 * millisecond, as it travels. Immutable; the body array is copied in and out.
 *
 * @param messageId    unique per message; the receiver de-duplicates on it
 * @param connectionId the connection both nodes share, which selects the secret
 * @param type         what the body is (e.g. {@code replica}, {@code ack})
 * @param timestamp    sending time, checked against the receiver's replay window
 * @param body         the payload
 */
public record Envelope(String messageId, String connectionId, String type, Instant timestamp, byte[] body) {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_:-]{1,200}");

    public Envelope {
        requireToken("messageId", messageId);
        requireToken("connectionId", connectionId);
        requireToken("type", type);
        timestamp = Objects.requireNonNull(timestamp, "timestamp").truncatedTo(ChronoUnit.MILLIS);
        body = Objects.requireNonNull(body, "body").clone();
    }

    /** A new message with a random UUID id, stamped with {@code clock}'s now. */
    public static Envelope create(String connectionId, String type, byte[] body, Clock clock) {
        return new Envelope(UUID.randomUUID().toString(), connectionId, type, clock.instant(), body);
    }

    /** The same message stamped with another sending time (a retry is re-stamped so it is not taken for a replay). */
    public Envelope withTimestamp(Instant sentAt) {
        return new Envelope(messageId, connectionId, type, sentAt, body);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Envelope e && messageId.equals(e.messageId) && connectionId.equals(e.connectionId)
                && type.equals(e.type) && timestamp.equals(e.timestamp) && Arrays.equals(body, e.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(messageId, connectionId, type, timestamp) * 31 + Arrays.hashCode(body);
    }

    /** Leaves the body out: it may carry issue content that does not belong in logs. */
    @Override
    public String toString() {
        return "Envelope[" + messageId + " " + type + " on " + connectionId + " at " + timestamp + ", " + body.length + " bytes]";
    }

    /** Whether {@code value} may be a message id, connection id or type. */
    static boolean isToken(String value) {
        return value != null && TOKEN.matcher(value).matches();
    }

    private static void requireToken(String name, String value) {
        if (!isToken(value)) {
            throw new IllegalArgumentException(name + " must be 1-200 characters of [A-Za-z0-9_:-], got '" + value + "'");
        }
    }
}
