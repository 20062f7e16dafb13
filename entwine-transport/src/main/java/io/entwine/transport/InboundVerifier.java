package io.entwine.transport;

import io.entwine.transport.errors.MessageRejectedException;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Checks an inbound peer message: all headers present and well-formed, body within the size limit, connection
 * known, timestamp within the replay window of now (both directions, to bound clock skew), and the signature
 * right for the connection's secret. Stateless (de-duplication by message id is the receiver's store's job) and
 * thread-safe; never blocks beyond the secret look-up it is given.
 */
public final class InboundVerifier {

    /** Default distance allowed between a message's timestamp and the receiver's clock. */
    public static final Duration DEFAULT_REPLAY_WINDOW = Duration.ofMinutes(5);
    /** Default largest body accepted. */
    public static final int DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

    private static final int MAC_BYTES = 32;

    private final Clock clock;
    private final Duration replayWindow;
    private final int maxBodyBytes;

    public InboundVerifier(Clock clock) {
        this(clock, DEFAULT_REPLAY_WINDOW);
    }

    public InboundVerifier(Clock clock, Duration replayWindow) {
        this(clock, replayWindow, DEFAULT_MAX_BODY_BYTES);
    }

    public InboundVerifier(Clock clock, Duration replayWindow, int maxBodyBytes) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (replayWindow.isNegative() || replayWindow.isZero()) {
            throw new IllegalArgumentException("replay window must be positive, got " + replayWindow);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("max body size must be positive, got " + maxBodyBytes);
        }
        this.replayWindow = replayWindow;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The largest body {@link #verify} accepts; receivers should stop reading a request body past it. */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * @param headers                the request headers; names are matched case-insensitively
     * @param body                   the raw request body, exactly as received
     * @param secretForConnection    the shared secret of a connection id, empty when no such connection exists
     * @return the verified envelope
     * @throws MessageRejectedException with the status to answer and a reason safe to send back: 400 missing or
     *                                  malformed header, 413 body too large, 404 unknown connection, 401 timestamp
     *                                  outside the replay window or signature mismatch
     */
    public VerifiedMessage verify(Map<String, String> headers, byte[] body,
                                  Function<String, Optional<byte[]>> secretForConnection) {
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> {
            if (name != null) {
                h.put(name, value);
            }
        });
        String connectionId = token(h, PeerHeaders.CONNECTION);
        String messageId = token(h, PeerHeaders.MESSAGE_ID);
        String type = token(h, PeerHeaders.MESSAGE_TYPE);
        Instant timestamp = timestamp(required(h, PeerHeaders.TIMESTAMP));
        byte[] claimedMac = signature(required(h, PeerHeaders.SIGNATURE));
        if (body.length > maxBodyBytes) {
            throw new MessageRejectedException(413, "body of " + body.length + " bytes exceeds the limit of " + maxBodyBytes + " bytes");
        }
        byte[] secret = secretForConnection.apply(connectionId)
                .orElseThrow(() -> new MessageRejectedException(404, "unknown connection " + connectionId));
        checkReplayWindow(timestamp);
        Envelope envelope = new Envelope(messageId, connectionId, type, timestamp, body);
        if (!MessageDigest.isEqual(MessageSigner.mac(secret, envelope), claimedMac)) {
            throw new MessageRejectedException(401, "signature mismatch");
        }
        return new VerifiedMessage(envelope);
    }

    private void checkReplayWindow(Instant timestamp) {
        Duration age = Duration.between(timestamp, clock.instant());
        Duration distance = age.abs();
        if (distance.compareTo(replayWindow) > 0) {
            throw new MessageRejectedException(401, "timestamp outside the replay window: " + seconds(distance)
                    + (age.isNegative() ? " in the future, " : " in the past, ") + seconds(distance.minus(replayWindow))
                    + " beyond the " + seconds(replayWindow) + " window");
        }
    }

    private static String required(Map<String, String> headers, String name) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            throw new MessageRejectedException(400, "missing header " + name);
        }
        return value.strip();
    }

    private static String token(Map<String, String> headers, String name) {
        String value = required(headers, name);
        if (!Envelope.isToken(value)) {
            throw new MessageRejectedException(400, "malformed header " + name + ": expected 1-200 characters of [A-Za-z0-9_:-]");
        }
        return value;
    }

    private static Instant timestamp(String value) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new MessageRejectedException(400, "malformed header " + PeerHeaders.TIMESTAMP + ": expected epoch milliseconds");
        }
    }

    private static byte[] signature(String value) {
        String malformed = "malformed header " + PeerHeaders.SIGNATURE + ": expected " + MessageSigner.VERSION_PREFIX + "<64 hex digits>";
        if (!value.startsWith(MessageSigner.VERSION_PREFIX)) {
            throw new MessageRejectedException(400, malformed);
        }
        try {
            byte[] mac = HexFormat.of().parseHex(value.substring(MessageSigner.VERSION_PREFIX.length()));
            if (mac.length != MAC_BYTES) {
                throw new MessageRejectedException(400, malformed);
            }
            return mac;
        } catch (IllegalArgumentException notHex) {
            throw new MessageRejectedException(400, malformed);
        }
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%d.%03d s", d.toSeconds(), d.toMillisPart());
    }
}
