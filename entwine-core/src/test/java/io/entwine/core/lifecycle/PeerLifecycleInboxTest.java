package io.entwine.core.lifecycle;

import io.entwine.api.connector.ChangedEntity;
import io.entwine.core.incoming.InboxResult;
import io.entwine.core.protocol.ConnectMessage;
import io.entwine.core.protocol.DeleteMessage;
import io.entwine.core.protocol.MessageCodec;
import io.entwine.core.protocol.MessageTypes;
import io.entwine.core.protocol.TwinMessage;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.NewEvent;
import io.entwine.store.queue.SyncEvent;
import io.entwine.store.twin.Twin;
import io.entwine.store.twin.TwinState;
import io.entwine.transport.Envelope;
import io.entwine.transport.errors.MessageRejectedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The receiving end of deletions, unsync, resync and connect; and the sending end of a local deletion. */
class PeerLifecycleInboxTest {
    private final LifecycleFixture f = new LifecycleFixture();
    private final PeerLifecycleInbox inbox = new PeerLifecycleInbox(f.db, f.clock, () -> { });

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aDeleteMarksTheTwinRemoteDeletedAndQueuesThePolicyOnce() {
        Twin twin = f.twin("7", "DEMO-1", TwinState.ACTIVE);
        Envelope delete = envelope(MessageTypes.DELETE, new DeleteMessage("DEMO-1", "Ann", "2026-01-01T00:00:00Z"));

        assertThat(inbox.receive(f.connection, delete)).isEqualTo(InboxResult.QUEUED);
        assertThat(inbox.receive(f.connection, delete)).isEqualTo(InboxResult.DUPLICATE);

        assertThat(f.reload(twin).state()).isEqualTo(TwinState.REMOTE_DELETED);
        assertThat(f.lane(twin)).extracting(SyncEvent::kind).containsExactly(EventKind.REMOTE_DELETE);
        DeleteMessage queued = MessageCodec.read(f.lane(twin).get(0).payload(), DeleteMessage.class);
        assertThat(queued.deletedBy()).isEqualTo("Ann");
    }

    @Test
    void aDeleteOfAnEntityNotTwinnedHereChangesNothing() {
        assertThat(inbox.receive(f.connection, envelope(MessageTypes.DELETE, new DeleteMessage("DEMO-9", null, null))))
                .isEqualTo(InboxResult.HANDLED);
        long twins = f.db.inTransaction(tx -> tx.twins().count(f.connection.id()));
        assertThat(twins).isZero();
    }

    @Test
    void unsyncAndResyncFromThePeerStopAndRestartTheTwin() {
        Twin twin = f.twin("7", "DEMO-1", TwinState.ACTIVE);

        inbox.receive(f.connection, envelope(MessageTypes.UNSYNC, new TwinMessage("DEMO-1")));
        assertThat(f.reload(twin).state()).isEqualTo(TwinState.UNSYNCED);

        assertThat(inbox.receive(f.connection, envelope(MessageTypes.RESYNC, new TwinMessage("DEMO-1")))).isEqualTo(InboxResult.QUEUED);
        assertThat(f.reload(twin).state()).isEqualTo(TwinState.ACTIVE);
        assertThat(f.lane(twin)).extracting(SyncEvent::kind).as("what changed here meanwhile travels too")
                .containsExactly(EventKind.LOCAL_CHANGE);
    }

    @Test
    void connectLinksTheTargetWithoutCreatingAnythingAndRefusesAConflictingPair() {
        inbox.receive(f.connection, envelope(MessageTypes.CONNECT, new ConnectMessage("DEMO-1", "https://jira/DEMO-1", "7")));

        Twin linked = f.byLocalKey("7");
        assertThat(linked.remoteKey()).isEqualTo("DEMO-1");
        assertThat(linked.remoteUrl()).isEqualTo("https://jira/DEMO-1");
        assertThat(f.lane(linked)).isEmpty();

        assertThatThrownBy(() -> inbox.receive(f.connection, envelope(MessageTypes.CONNECT, new ConnectMessage("DEMO-2", null, "7"))))
                .isInstanceOf(MessageRejectedException.class).hasMessageContaining("7 is already twinned with DEMO-1");
    }

    @Test
    void aLifecycleMessageWithoutItsKeyIsRejected() {
        assertThatThrownBy(() -> inbox.receive(f.connection, envelope(MessageTypes.UNSYNC, new TwinMessage(" "))))
                .isInstanceOf(MessageRejectedException.class).hasMessage("unsync message needs its key (400)");
    }

    @Test
    void aLocalDeletionOfAnAcknowledgedTwinTellsThePeer() {
        Twin twin = f.twin("DEMO-1", "7", TwinState.ACTIVE);
        ChangedEntity deleted = new ChangedEntity("DEMO-1", Instant.parse("2026-01-01T10:00:00Z"), true, "Ann");

        Optional<NewEvent> event = f.db.inTransaction(tx -> LocalDeletions.onDeleted(tx, f.connection.id(), deleted, f.clock.instant()));

        assertThat(f.reload(twin).state()).isEqualTo(TwinState.LOCAL_DELETED);
        assertThat(event).hasValueSatisfying(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.LIFECYCLE_SEND);
            assertThat(MessageCodec.tree(e.payload()).path("type").asText()).isEqualTo("delete");
            assertThat(MessageCodec.tree(e.payload()).path("body").path("deletedBy").asText()).isEqualTo("Ann");
        });
    }

    @Test
    void theDeletionAPolicyMadeIsNotSentBack() {
        Twin twin = f.twin("DEMO-1", "7", TwinState.REMOTE_DELETED);
        ChangedEntity deleted = new ChangedEntity("DEMO-1", null, true, null);

        Optional<NewEvent> event = f.db.inTransaction(tx -> LocalDeletions.onDeleted(tx, f.connection.id(), deleted, f.clock.instant()));

        assertThat(event).isEmpty();
        assertThat(f.reload(twin).state()).isEqualTo(TwinState.REMOTE_DELETED);
    }

    private Envelope envelope(String type, Object body) {
        return new Envelope(UUID.randomUUID().toString(), f.connection.id(), type, f.clock.instant(), MessageCodec.bytes(body));
    }
}
