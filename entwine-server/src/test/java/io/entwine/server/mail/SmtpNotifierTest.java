package io.entwine.server.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.entwine.api.errors.RetriableSyncException;
import io.entwine.core.notify.Digest;
import io.entwine.core.notify.DigestGroup;
import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.notification.DueError;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpNotifierTest {
    private static final Instant NOW = Instant.parse("2030-01-01T12:05:00Z");
    private static final Instant FIRST = Instant.parse("2030-01-01T12:00:00Z");
    private static final Instant LAST = Instant.parse("2030-01-01T12:03:30Z");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("alerts@example.com", "alerts", "s3cret"));

    @Test
    void mailsTheDigestAsTextAndHtmlNamingEveryErrorAndWhatToDo() throws Exception {
        new SmtpNotifier(settings(null, null)).send(digest());

        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(2); // one copy per recipient's mailbox
        MimeMessage message = received[0];
        assertThat(message.getSubject()).isEqualTo("[Entwine github-node] 3 new errors, 1 still open");
        assertThat(message.getFrom()[0].toString()).isEqualTo("entwine@example.com");
        assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("admin@example.com", "oncall@example.com");

        MimeMultipart parts = (MimeMultipart) message.getContent();
        String text = body(parts, "text/plain");
        assertThat(text).contains(
                "Entwine node github-node (http://sync.example:7003): 3 new errors, 1 still open, 10 occurrences in all,"
                        + " as of 2030-01-01 12:05:00 UTC.",
                "== NODE errors outside any connection: 1 error (0 new), 1 occurrence",
                "== CONNECTION errors on connection jira-github: 3 errors (3 new), 9 occurrences, first seen 2030-01-01 12:00:00 UTC,"
                        + " last seen 2030-01-01 12:03:30 UTC",
                "The whole connection waits (its changes keep being queued) until its rules or settings are fixed",
                "Error 17 (new): No such property: sumary for class: HubIssue",
                "    twin: local (none yet), remote DEMO-7 (twin 5)",
                "    event: 40",
                "    script: incoming, line 12",
                "    seen: occurred 8 times, first seen 2030-01-01 12:00:00 UTC, last seen 2030-01-01 12:03:30 UTC",
                "    retry: bin/entwine errors retry --node http://sync.example:7003 17   or   POST http://sync.example:7003/api/errors/17/retry",
                "    skip: bin/entwine errors skip --node http://sync.example:7003 17   or   POST http://sync.example:7003/api/errors/17/skip",
                "Error 3 (still open, reported 2030-01-01 11:00:00 UTC): NullPointerException",
                "... and 1 more error of this group not shown here.",
                "All open errors: bin/entwine errors --node http://sync.example:7003");
        assertThat(text).doesNotContain("last of at most");

        String html = body(parts, "text/html");
        assertThat(html).contains("<h3>CONNECTION errors on connection jira-github</h3>",
                "No such property: sumary for class: HubIssue",
                "field &lt;priority&gt; refused &amp; kept",
                "<code>bin/entwine errors retry --node http://sync.example:7003 17</code>");
    }

    @Test
    void logsInWhenTheServerWantsIt() throws Exception {
        new SmtpNotifier(settings("alerts", "s3cret")).send(digest());

        assertThat(MAIL.getReceivedMessages()).hasSize(2);
    }

    @Test
    void saysWhyTheServerRefusedTheLogin() {
        SmtpNotifier notifier = new SmtpNotifier(settings("alerts", "wrong"));

        assertThatThrownBy(() -> notifier.send(digest()))
                .isInstanceOf(RetriableSyncException.class)
                .hasMessageStartingWith("mailing the error digest to [admin@example.com, oncall@example.com] through 127.0.0.1:"
                        + MAIL.getSmtp().getPort() + " failed: ");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void sendsNothingWhenTheRequiredStartTlsIsNotOffered() {
        SmtpSettings tls = new SmtpSettings("127.0.0.1", MAIL.getSmtp().getPort(), "alerts", "s3cret", true,
                "entwine@example.com", List.of("admin@example.com"), Duration.ofSeconds(5));

        assertThatThrownBy(() -> new SmtpNotifier(tls).send(digest()))
                .isInstanceOf(RetriableSyncException.class).hasMessageContaining("STARTTLS");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void failsWithinTheTimeoutWhenNoServerListens() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SmtpSettings nobody = new SmtpSettings("127.0.0.1", closedPort, null, null, false, "entwine@example.com",
                List.of("admin@example.com"), Duration.ofSeconds(2));

        assertThatThrownBy(() -> new SmtpNotifier(nobody).send(digest()))
                .isInstanceOf(RetriableSyncException.class)
                .hasMessageStartingWith("mailing the error digest to [admin@example.com] through 127.0.0.1:" + closedPort + " failed: ");
    }

    @Test
    void saysTheDigestIsTheLastOfTheHourWhenItIs() throws Exception {
        Digest d = digest();
        Digest last = new Digest(d.nodeName(), d.nodeUrl(), d.createdAt(), d.groups(), 4, Instant.parse("2030-01-01T12:50:00Z"));

        new SmtpNotifier(settings(null, null)).send(last);

        String text = body((MimeMultipart) MAIL.getReceivedMessages()[0].getContent(), "text/plain");
        assertThat(text).contains("This is the last of at most 4 digests an hour: errors recorded from now on are reported in the"
                + " next digest, not before 2030-01-01 12:50:00 UTC.");
    }

    @Test
    void hidesThePasswordWhenPrinted() {
        assertThat(settings("alerts", "s3cret").toString()).contains("alerts").doesNotContain("s3cret");
    }

    private static SmtpSettings settings(String user, String password) {
        return new SmtpSettings("127.0.0.1", MAIL.getSmtp().getPort(), user, password, false, "entwine@example.com",
                List.of("admin@example.com", "oncall@example.com"), Duration.ofSeconds(5));
    }

    private static Digest digest() {
        DueError script = new DueError(17, ErrorLevel.CONNECTION, "c-1", "jira-github", 5L, null, "DEMO-7", 40L,
                "No such property: sumary for class: HubIssue", "incoming", 12, 8, FIRST, LAST, null);
        DueError refused = new DueError(18, ErrorLevel.CONNECTION, "c-1", "jira-github", 6L, "12", "DEMO-8", 41L,
                "field <priority> refused & kept", null, null, 1, FIRST, FIRST, null);
        DueError defect = new DueError(3, ErrorLevel.NODE, null, null, null, null, null, 9L, "NullPointerException", null, null, 1,
                Instant.parse("2030-01-01T10:00:00Z"), Instant.parse("2030-01-01T10:00:00Z"), Instant.parse("2030-01-01T11:00:00Z"));
        return new Digest("github-node", "http://sync.example:7003", NOW, List.of(
                new DigestGroup(ErrorLevel.NODE, null, null, 1, 0, 1, defect.firstSeen(), defect.lastSeen(), List.of(defect)),
                new DigestGroup(ErrorLevel.CONNECTION, "c-1", "jira-github", 3, 3, 9, FIRST, LAST, List.of(script, refused))),
                4, null);
    }

    private static String body(MimeMultipart parts, String type) throws Exception {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType(type)) return (String) part.getContent();
        }
        throw new AssertionError("no " + type + " part in the message");
    }
}
