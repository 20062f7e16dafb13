package io.entwine.core.attachments;

import io.entwine.api.errors.EntityException;
import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubIssue;
import io.entwine.store.Database;
import io.entwine.store.DatabaseConfig;
import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionRole;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.errorlog.ErrorStatus;
import io.entwine.store.errorlog.SyncError;
import io.entwine.store.twin.Twin;
import io.entwine.testkit.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sending node spools and hashes, the receiving node fetches over a signed GET, verifies and uploads. */
class AttachmentTransferTest {
    private static final long SIZE = 300_000;
    private static final long SEED = 11;

    @TempDir
    Path dir;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final AtomicInteger trackerReads = new AtomicInteger();
    private final PeerLoop.Uploads uploads = new PeerLoop.Uploads();
    private Database db;
    private PeerLoop peer;
    private Connection connection;
    private Twin twin;
    private AttachmentSpool senderSpool;

    @BeforeEach
    void start() throws Exception {
        db = Database.open(DatabaseConfig.h2Memory("attachments-" + UUID.randomUUID()), clock);
        senderSpool = new AttachmentSpool(PeerLoop.serving(() -> new GeneratedContent(SIZE, SEED), trackerReads),
                new AttachmentSettings(dir.resolve("sender"), 1_000_000));
        peer = new PeerLoop(db, senderSpool, clock);
        connection = new Connection(UUID.randomUUID().toString(), "jira-jira", "peer", peer.url(),
                "secret".getBytes(StandardCharsets.UTF_8), ConnectionRole.INVITER, ConnectionStatus.ACTIVE, "{}", clock.instant(), clock.instant());
        db.useTransaction(tx -> tx.connections().insert(connection));
        twin = db.inTransaction(tx -> tx.twins().getOrCreateByRemoteKey(connection.id(), "SRC-1", clock.instant()));
    }

    @AfterEach
    void stop() {
        peer.close();
        db.close();
    }

    private HubAttachment sentAttachment(long size) {
        HubIssue entity = new HubIssue();
        entity.setKey("SRC-1");
        entity.setAttachments(List.of(new HubAttachment("10001", "trace.bin", "application/octet-stream", size, null)));
        senderSpool.prepare(connection.id(), entity);
        HubAttachment wanted = entity.getAttachments().get(0).copy();
        wanted.setRemoteId(wanted.getId());
        wanted.setId(null);
        return wanted;
    }

    private AttachmentTransfer receiver(long maxBytes) {
        return new AttachmentTransfer(uploads.connector, new AttachmentSpool(uploads.connector, new AttachmentSettings(dir.resolve("receiver"), maxBytes)),
                new PeerAttachmentFetcher(HttpClient.newHttpClient(), clock), db, clock);
    }

    @Test
    void theSenderHashesEachAttachmentOnceAndTheReceiverUploadsTheExactBytes() {
        HubAttachment wanted = sentAttachment(SIZE);
        sentAttachment(SIZE);

        assertThat(wanted.getContentHash()).isEqualTo(GeneratedContent.sha256(SIZE, SEED));
        assertThat(trackerReads).hasValue(1);
        HubAttachment stored = receiver(1_000_000).upload(twin, "DST-1", wanted);

        assertThat(stored.getId()).isEqualTo("local-1");
        assertThat(stored.getRemoteId()).isEqualTo("10001");
        assertThat(stored.getContentHash()).isEqualTo(wanted.getContentHash());
        assertThat(uploads.lastSha256).isEqualTo(wanted.getContentHash());
        assertThat(uploads.lastSize).isEqualTo(SIZE);
        assertThat(uploads.lastName).isEqualTo("trace.bin");
        assertThat(peer.requests).hasValue(1);
    }

    @Test
    void aCorruptedFirstDownloadIsFetchedOnceMore() {
        HubAttachment wanted = sentAttachment(SIZE);
        peer.corruptNext.set(1);

        HubAttachment stored = receiver(1_000_000).upload(twin, "DST-1", wanted);

        assertThat(stored).isNotNull();
        assertThat(peer.requests).hasValue(2);
        assertThat(uploads.count).hasValue(1);
        assertThat(uploads.lastSha256).isEqualTo(wanted.getContentHash());
    }

    @Test
    void contentCorruptedTwiceIsAnEntityErrorNamingTheAttachmentAndNothingIsUploaded() {
        HubAttachment wanted = sentAttachment(SIZE);
        peer.corruptNext.set(2);

        assertThatThrownBy(() -> receiver(1_000_000).upload(twin, "DST-1", wanted))
                .isInstanceOf(EntityException.class)
                .hasMessageContaining("'trace.bin' (remote id 10001)")
                .hasMessageContaining("twice");
        assertThat(peer.requests).hasValue(2);
        assertThat(uploads.count).hasValue(0);
    }

    @Test
    void anAttachmentOverTheReceiversLimitIsSkippedWithAnEntityLevelError() {
        HubAttachment wanted = sentAttachment(SIZE);

        assertThat(receiver(SIZE - 1).upload(twin, "DST-1", wanted)).isNull();

        assertThat(peer.requests).hasValue(0);
        assertThat(uploads.count).hasValue(0);
        List<SyncError> errors = db.inTransaction(tx -> tx.errors().list(ErrorStatus.OPEN, 10));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo(ErrorLevel.ENTITY);
            assertThat(e.twinId()).isEqualTo(twin.id());
            assertThat(e.message()).contains("'trace.bin'").contains("attachments.maxBytes");
        });
    }

    @Test
    void anAttachmentOverTheSendersLimitTravelsWithoutContentAndIsSkipped() {
        HubAttachment wanted = sentAttachment(2_000_000);

        assertThat(wanted.getContentHash()).isNull();
        assertThat(trackerReads).hasValue(0);
        assertThat(receiver(10_000_000).upload(twin, "DST-1", wanted)).isNull();
        List<SyncError> errors = db.inTransaction(tx -> tx.errors().list(ErrorStatus.OPEN, 10));
        assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("offered no content"));
    }

    @Test
    void aRequestSignedWithAnotherSecretIsRefused() {
        HubAttachment wanted = sentAttachment(SIZE);
        Connection forged = new Connection(connection.id(), connection.name(), "peer", peer.url(),
                "not-the-secret".getBytes(StandardCharsets.UTF_8), ConnectionRole.INVITER, ConnectionStatus.ACTIVE, "{}",
                clock.instant(), clock.instant());

        assertThatThrownBy(() -> new PeerAttachmentFetcher(HttpClient.newHttpClient(), clock).open(forged, wanted.getContentHash()))
                .isInstanceOf(EntityException.class).hasMessageContaining("401");
    }
}
