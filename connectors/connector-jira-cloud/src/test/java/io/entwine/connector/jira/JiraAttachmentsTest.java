package io.entwine.connector.jira;

import io.entwine.api.errors.EntityException;
import io.entwine.api.errors.EntityNotFoundException;
import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubIssue;
import io.entwine.emulator.core.RecordedExchange;
import io.entwine.testkit.JiraCloudContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JiraAttachmentsTest {
    private final JiraFixture f = new JiraFixture().started();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void uploadsAStreamAndReadsTheExactBytesBackThroughTheMediaRedirect() throws Exception {
        f.jira.setSiteUrl("http://localhost:" + f.jira.port()); // the media host is another origin, as on Cloud
        String key = f.aliceCreates("Files");
        byte[] content = new byte[300_000];
        new Random(42).nextBytes(content);

        HubAttachment stored = f.connector.addAttachment(key, "dump.bin", "application/octet-stream", content.length,
                new ByteArrayInputStream(content));

        assertThat(stored.getId()).isNotBlank();
        assertThat(stored.getFilename()).isEqualTo("dump.bin");
        assertThat(stored.getFilesize()).isEqualTo(300_000L);
        try (InputStream in = f.connector.openAttachment(key, stored.getId())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        RecordedExchange upload = f.jira.journal().matching(e -> e.path().endsWith("/attachments")).get(0);
        assertThat(upload.requestHeaders().get("Content-Length")).isNotNull(); // streamed with its length known, not chunked
        RecordedExchange media = f.jira.journal().matching(e -> e.path().startsWith("/media/")).get(0);
        assertThat(media.requestHeaders()).doesNotContainKey("Authorization");
    }

    @Test
    void readListsTheIssuesAttachmentsWithoutContentHash() {
        String key = f.aliceCreates("Listed");
        f.connector.addAttachment(key, "a.txt", "text/plain", 3, new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)));

        HubIssue issue = f.connector.read(key);

        assertThat(issue.getAttachments()).singleElement().satisfies(a -> {
            assertThat(a.getFilename()).isEqualTo("a.txt");
            assertThat(a.getMimetype()).isEqualTo("text/plain");
            assertThat(a.getFilesize()).isEqualTo(3L);
            assertThat(a.getAuthor().getKey()).isEqualTo(f.jira.accountId("demo@example.com"));
            assertThat(a.getContentHash()).isNull();
        });
    }

    @Test
    void deletesAnAttachmentAndToleratesDeletingItAgain() {
        String key = f.aliceCreates("Delete");
        HubAttachment a = f.connector.addAttachment(key, "x.txt", "text/plain", 1, new ByteArrayInputStream(new byte[]{'x'}));

        f.connector.deleteAttachment(key, a.getId());
        f.connector.deleteAttachment(key, a.getId());

        assertThat(f.connector.read(key).getAttachments()).isEmpty();
        assertThatThrownBy(() -> f.connector.openAttachment(key, a.getId())).isInstanceOf(EntityNotFoundException.class);
    }

    @Test
    void aFileOverTheSitesUploadLimitIsAnEntityErrorNamingTheLimit() {
        String key = f.aliceCreates("Too big");
        f.jira.setAttachmentUploadLimit(4);

        assertThatThrownBy(() -> f.connector.addAttachment(key, "big.txt", "text/plain", 5,
                new ByteArrayInputStream("12345".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(EntityException.class).hasMessageContaining("413").hasMessageContaining("upload limit");
    }

    @Test
    void everyAttachmentCallFitsTheOfficialDescription() throws Exception {
        String key = f.aliceCreates("Contract");
        HubAttachment a = f.connector.addAttachment(key, "c.txt", "text/plain", 2, new ByteArrayInputStream(new byte[]{'h', 'i'}));
        try (InputStream in = f.connector.openAttachment(key, a.getId())) {
            in.readAllBytes();
        }
        f.connector.read(key);
        f.connector.deleteAttachment(key, a.getId());

        List<RecordedExchange> exchanges = f.jira.journal().matching(e -> e.path().startsWith("/rest/api/3/"));
        assertThat(exchanges).extracting(RecordedExchange::path).anyMatch(p -> p.contains("/attachment/content/"));
        assertThat(new JiraCloudContract().violations(exchanges)).isEmpty();
    }
}
