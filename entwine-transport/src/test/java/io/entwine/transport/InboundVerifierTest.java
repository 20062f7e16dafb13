package io.entwine.transport;

import io.entwine.testkit.ManualClock;
import io.entwine.transport.errors.MessageRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InboundVerifierTest {

    private static final byte[] SECRET = "s3cret-shared-by-both-nodes".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BODY = "{\"key\":\"X-1\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant SENT = Instant.parse("2024-03-01T10:00:00Z");

    private final ManualClock clock = new ManualClock(SENT);
    private final InboundVerifier verifier = new InboundVerifier(clock);
    private final Envelope envelope = new Envelope("m-1", "jira-github", "replica", SENT, BODY);
    private final Function<String, Optional<byte[]>> secrets = id -> id.equals("jira-github") ? Optional.of(SECRET) : Optional.empty();

    static Map<String, String> headersFor(Envelope e, byte[] secret) {
        Map<String, String> h = new HashMap<>();
        h.put(PeerHeaders.CONNECTION, e.connectionId());
        h.put(PeerHeaders.MESSAGE_ID, e.messageId());
        h.put(PeerHeaders.MESSAGE_TYPE, e.type());
        h.put(PeerHeaders.TIMESTAMP, Long.toString(e.timestamp().toEpochMilli()));
        h.put(PeerHeaders.SIGNATURE, MessageSigner.sign(secret, e));
        return h;
    }

    @Test
    void signsTheDocumentedTextWithHmacSha256() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        byte[] expected = mac.doFinal(("1709287200000.m-1.jira-github.replica." + new String(BODY, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));

        assertThat(MessageSigner.sign(SECRET, envelope)).isEqualTo("v1=" + HexFormat.of().formatHex(expected));
    }

    @Test
    void verifiesWhatWasSigned() {
        VerifiedMessage verified = verifier.verify(headersFor(envelope, SECRET), BODY, secrets);

        assertThat(verified.envelope()).isEqualTo(envelope);
    }

    @Test
    void matchesHeaderNamesWhateverTheirCase() {
        Map<String, String> lower = new HashMap<>();
        headersFor(envelope, SECRET).forEach((k, v) -> lower.put(k.toLowerCase(), v));

        assertThat(verifier.verify(lower, BODY, secrets).envelope()).isEqualTo(envelope);
    }

    @Test
    void acceptsTimestampsAtTheEdgeOfTheWindow() {
        clock.advance(Duration.ofMinutes(5));

        assertThat(verifier.verify(headersFor(envelope, SECRET), BODY, secrets).envelope()).isEqualTo(envelope);
    }

    @Test
    void rejectsATamperedBody() {
        byte[] tampered = "{\"key\":\"X-2\"}".getBytes(StandardCharsets.UTF_8);

        assertRejected(headersFor(envelope, SECRET), tampered, 401, "signature mismatch");
    }

    @Test
    void rejectsATamperedHeader() {
        Map<String, String> headers = headersFor(envelope, SECRET);
        headers.put(PeerHeaders.MESSAGE_TYPE, "ack");
        assertRejected(headers, BODY, 401, "signature mismatch");

        Map<String, String> otherId = headersFor(envelope, SECRET);
        otherId.put(PeerHeaders.MESSAGE_ID, "m-2");
        assertRejected(otherId, BODY, 401, "signature mismatch");

        Map<String, String> shifted = headersFor(envelope, SECRET);
        shifted.put(PeerHeaders.TIMESTAMP, Long.toString(SENT.toEpochMilli() + 1));
        assertRejected(shifted, BODY, 401, "signature mismatch");
    }

    @Test
    void rejectsASignatureMadeWithAnotherSecret() {
        assertRejected(headersFor(envelope, "guess".getBytes(StandardCharsets.UTF_8)), BODY, 401, "signature mismatch");
    }

    @Test
    void rejectsAnOldTimestampSayingByHowMuch() {
        clock.advance(Duration.ofMinutes(6).plusMillis(250));

        assertRejected(headersFor(envelope, SECRET), BODY, 401,
                "timestamp outside the replay window: 360.250 s in the past, 60.250 s beyond the 300.000 s window");
    }

    @Test
    void rejectsAFutureTimestampSayingByHowMuch() {
        clock.advance(Duration.ofMinutes(-10));

        assertRejected(headersFor(envelope, SECRET), BODY, 401,
                "timestamp outside the replay window: 600.000 s in the future, 300.000 s beyond the 300.000 s window");
    }

    @Test
    void rejectsAnUnknownConnection() {
        Envelope stranger = new Envelope("m-1", "c-9", "replica", SENT, BODY);

        assertRejected(headersFor(stranger, SECRET), BODY, 404, "unknown connection c-9");
    }

    @ParameterizedTest
    @ValueSource(strings = {PeerHeaders.CONNECTION, PeerHeaders.MESSAGE_ID, PeerHeaders.MESSAGE_TYPE,
            PeerHeaders.TIMESTAMP, PeerHeaders.SIGNATURE})
    void rejectsAMissingHeader(String header) {
        Map<String, String> headers = headersFor(envelope, SECRET);
        headers.remove(header);
        assertRejected(headers, BODY, 400, "missing header " + header);

        headers.put(header, " ");
        assertRejected(headers, BODY, 400, "missing header " + header);
    }

    @Test
    void rejectsMalformedHeaders() {
        Map<String, String> timestamp = headersFor(envelope, SECRET);
        timestamp.put(PeerHeaders.TIMESTAMP, "2024-03-01T10:00:00Z");
        assertRejected(timestamp, BODY, 400, "malformed header X-Entwine-Timestamp: expected epoch milliseconds");

        Map<String, String> version = headersFor(envelope, SECRET);
        version.put(PeerHeaders.SIGNATURE, version.get(PeerHeaders.SIGNATURE).replace("v1=", "v2="));
        assertRejected(version, BODY, 400, "malformed header X-Entwine-Signature: expected v1=<64 hex digits>");

        Map<String, String> shortMac = headersFor(envelope, SECRET);
        shortMac.put(PeerHeaders.SIGNATURE, "v1=abcd");
        assertRejected(shortMac, BODY, 400, "malformed header X-Entwine-Signature: expected v1=<64 hex digits>");

        Map<String, String> id = headersFor(envelope, SECRET);
        id.put(PeerHeaders.MESSAGE_ID, "m.1");
        assertRejected(id, BODY, 400, "malformed header X-Entwine-Message-Id: expected 1-200 characters of [A-Za-z0-9_:-]");
    }

    @Test
    void rejectsABodyOverTheLimit() {
        InboundVerifier strict = new InboundVerifier(clock, Duration.ofMinutes(5), 10);

        assertThatThrownBy(() -> strict.verify(headersFor(envelope, SECRET), BODY, secrets))
                .isInstanceOfSatisfying(MessageRejectedException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(413);
                    assertThat(e.reason()).isEqualTo("body of 13 bytes exceeds the limit of 10 bytes");
                });
    }

    private void assertRejected(Map<String, String> headers, byte[] body, int status, String reason) {
        assertThatThrownBy(() -> verifier.verify(headers, body, secrets))
                .isInstanceOfSatisfying(MessageRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.httpStatus()).isEqualTo(status);
                })
                .hasMessage(reason + " (" + status + ")");
    }
}
