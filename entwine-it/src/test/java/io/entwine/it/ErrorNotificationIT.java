package io.entwine.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.entwine.server.RunningNode;
import io.entwine.store.errorlog.ErrorStatus;
import io.entwine.store.errorlog.SyncError;
import io.entwine.store.rule.Direction;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A node whose sync fails mails its admins one digest naming the error, over real SMTP. */
class ErrorNotificationIT {
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;
    Topology t;

    @AfterEach
    void stop() {
        if (t != null) t.close();
    }

    @Test
    void mailsAdminsADigestWhenAnIncomingRuleFails() throws Exception {
        t = Topology.start(dataDir, Map.of(), Map.of(
                "notify.smtp.host", "127.0.0.1",
                "notify.smtp.port", String.valueOf(MAIL.getSmtp().getPort()),
                "notify.smtp.startTls", "false",
                "notify.from", "entwine@example.com",
                "notify.to", "admin@example.com",
                "notify.digestInterval", "PT0.5S"));
        RunningNode github = t.githubNode();
        github.node().rules().publish(t.demo.connectionId(), Direction.INCOMING,
                "// this side refuses everything\ndebug.error('no repository mapping for ' + replica.key)\n");

        String key = t.jira.create("Will not arrive", null, "Medium");

        assertThat(MAIL.waitForIncomingEmail(30_000, 1)).as("a digest arrives").isTrue();
        List<SyncError> errors = github.node().database().inTransaction(tx -> tx.errors().list(ErrorStatus.OPEN, 10));
        assertThat(errors).hasSize(1);
        SyncError error = errors.get(0);
        MimeMessage message = MAIL.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("[Entwine github-node] 1 new error");
        String text = plainText(message);
        String url = github.url();
        assertThat(text).contains(
                "Entwine node github-node (" + url + "): 1 new error",
                "== CONNECTION errors on connection ",
                "Error " + error.id() + " (new): " + error.message(),
                "no repository mapping for " + key,
                "remote " + key,
                "line 2",
                "bin/entwine errors retry --node " + url + " " + error.id(),
                "POST " + url + "/api/errors/" + error.id() + "/skip");

        await("no second digest for the same error").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> MAIL.getReceivedMessages().length == 1);
    }

    private static String plainText(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain")) return (String) part.getContent();
        }
        throw new AssertionError("the digest has no plain-text part");
    }
}
