package io.entwine.core.attachments;

import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubIssue;
import io.entwine.store.Database;
import io.entwine.store.DatabaseConfig;
import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionRole;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.twin.Twin;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One large attachment end to end (tracker read, spool and hash on the sender, signed GET, verify, upload on the
 * receiver), meant to run in a JVM with a heap smaller than the file: {@code LargeTransferRun <dir> <bytes>}. Prints
 * {@code transferred=<bytes> sha256ok=<true|false> peakHeapBytes=<n>}; an attempt to hold the file in memory would end
 * in an OutOfMemoryError instead.
 */
public final class LargeTransferRun {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long size = Long.parseLong(args[1]);
        Clock clock = Clock.systemUTC();
        try (Database db = Database.open(DatabaseConfig.h2Memory("large-" + UUID.randomUUID()), clock)) {
            AttachmentSpool sender = new AttachmentSpool(PeerLoop.serving(() -> new GeneratedContent(size, 5), new AtomicInteger()),
                    new AttachmentSettings(dir.resolve("sender"), size));
            try (PeerLoop peer = new PeerLoop(db, sender, clock)) {
                Connection c = new Connection(UUID.randomUUID().toString(), "big", "peer", peer.url(),
                        "secret".getBytes(StandardCharsets.UTF_8), ConnectionRole.INVITER, ConnectionStatus.ACTIVE, "{}",
                        clock.instant(), clock.instant());
                db.useTransaction(tx -> tx.connections().insert(c));
                Twin twin = db.inTransaction(tx -> tx.twins().getOrCreateByRemoteKey(c.id(), "SRC-1", clock.instant()));
                HubIssue entity = new HubIssue();
                entity.setKey("SRC-1");
                entity.setAttachments(List.of(new HubAttachment("1", "big.bin", "application/octet-stream", size, null)));
                sender.prepare(c.id(), entity);
                HubAttachment wanted = entity.getAttachments().get(0).copy();
                wanted.setRemoteId("1");
                wanted.setId(null);
                PeerLoop.Uploads uploads = new PeerLoop.Uploads();
                AttachmentTransfer receiver = new AttachmentTransfer(uploads.connector,
                        new AttachmentSpool(uploads.connector, new AttachmentSettings(dir.resolve("receiver"), size)),
                        new PeerAttachmentFetcher(HttpClient.newHttpClient(), clock), db, clock);
                receiver.upload(twin, "DST-1", wanted);
                long peak = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peak += pool.getPeakUsage().getUsed();
                }
                System.out.println("transferred=" + uploads.lastSize + " sha256ok=" + wanted.getContentHash().equals(uploads.lastSha256)
                        + " peakHeapBytes=" + peak);
            }
        }
    }
}
