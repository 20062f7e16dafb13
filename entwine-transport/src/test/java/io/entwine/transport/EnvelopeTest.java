package io.entwine.transport;

import io.entwine.testkit.ManualClock;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvelopeTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2024-03-01T10:00:00.123456Z"));

    @Test
    void createsMessagesWithRandomIdsStampedToTheMillisecond() {
        Envelope a = Envelope.create("jira-github", "replica", "{}".getBytes(StandardCharsets.UTF_8), clock);
        Envelope b = Envelope.create("jira-github", "replica", "{}".getBytes(StandardCharsets.UTF_8), clock);

        assertThat(a.messageId()).matches("[0-9a-f-]{36}").isNotEqualTo(b.messageId());
        assertThat(a.timestamp()).isEqualTo(Instant.parse("2024-03-01T10:00:00.123Z"));
    }

    @Test
    void keepsItsBodyFromOutsideChanges() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        Envelope e = Envelope.create("c", "replica", body, clock);
        body[0] = 'X';
        e.body()[1] = 'Y';

        assertThat(new String(e.body(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(e).isEqualTo(new Envelope(e.messageId(), "c", "replica", e.timestamp(), "{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertThat(e.toString()).doesNotContain("\"a\"");
    }

    @Test
    void refusesIdsThatCouldBlurTheSignedText() {
        assertThatThrownBy(() -> Envelope.create("a.b", "replica", new byte[0], clock))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("connectionId must be 1-200 characters of [A-Za-z0-9_:-], got 'a.b'");
        assertThatThrownBy(() -> Envelope.create("c", "re\nplica", new byte[0], clock))
                .hasMessage("type must be 1-200 characters of [A-Za-z0-9_:-], got 're\nplica'");
    }
}
