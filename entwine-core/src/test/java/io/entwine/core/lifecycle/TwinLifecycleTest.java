package io.entwine.core.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.core.protocol.MessageCodec;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.SyncEvent;
import io.entwine.store.twin.Twin;
import io.entwine.store.twin.TwinState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TwinLifecycleTest {
    private final LifecycleFixture f = new LifecycleFixture();
    private final AtomicInteger wakes = new AtomicInteger();
    private final TwinLifecycle lifecycle = new TwinLifecycle(f.db, LifecycleFixture.browseOnly(), f.clock, wakes::incrementAndGet);

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void unsyncStopsTheTwinAndQueuesTheUnsyncMessageForThePeer() {
        Twin twin = f.twin("DEMO-1", "7", TwinState.ACTIVE);

        Twin unsynced = lifecycle.unsync(twin.id());

        assertThat(unsynced.state()).isEqualTo(TwinState.UNSYNCED);
        List<SyncEvent> lane = f.lane(twin);
        assertThat(lane).extracting(SyncEvent::kind).containsExactly(EventKind.LIFECYCLE_SEND);
        assertThat(message(lane.get(0)).path("type").asText()).isEqualTo("unsync");
        assertThat(message(lane.get(0)).path("body").path("sourceKey").asText()).isEqualTo("DEMO-1");
        assertThat(lane.get(0).messageId()).isNotBlank();
        assertThat(wakes).hasValue(1);
    }

    @Test
    void unsyncOfATwinThatNoLongerSyncsIsAConflict() {
        Twin twin = f.twin("DEMO-1", "7", TwinState.REMOTE_DELETED);

        assertThatThrownBy(() -> lifecycle.unsync(twin.id())).isInstanceOf(LifecycleConflictException.class)
                .hasMessageContaining("REMOTE_DELETED");
        assertThat(f.lane(twin)).isEmpty();
    }

    @Test
    void resyncTellsThePeerFirstAndThenSendsTheWholeReplica() {
        Twin twin = f.twin("DEMO-1", "7", TwinState.UNSYNCED);

        Twin active = lifecycle.resync(twin.id());

        assertThat(active.state()).isEqualTo(TwinState.ACTIVE);
        assertThat(active.lastSentReplica()).as("cleared, so the next replica is sent whole").isNull();
        assertThat(active.remoteKey()).isEqualTo("7");
        List<SyncEvent> lane = f.lane(twin);
        assertThat(lane).extracting(SyncEvent::kind).containsExactly(EventKind.LIFECYCLE_SEND, EventKind.LOCAL_CHANGE);
        assertThat(message(lane.get(0)).path("type").asText()).isEqualTo("resync");
    }

    @Test
    void resyncOfAnActiveTwinIsAConflict() {
        Twin twin = f.twin("DEMO-1", "7", TwinState.ACTIVE);
        assertThatThrownBy(() -> lifecycle.resync(twin.id())).isInstanceOf(LifecycleConflictException.class);
    }

    @Test
    void connectLinksBothKeysAndQueuesTheConnectMessageBeforeTheFirstReplica() {
        Twin twin = lifecycle.connect(f.connection.id(), "DEMO-3", "12");

        assertThat(twin.localKey()).isEqualTo("DEMO-3");
        assertThat(twin.remoteKey()).isEqualTo("12");
        List<SyncEvent> lane = f.lane(twin);
        assertThat(lane).extracting(SyncEvent::kind).containsExactly(EventKind.LIFECYCLE_SEND, EventKind.LOCAL_CHANGE);
        JsonNode connect = message(lane.get(0));
        assertThat(connect.path("type").asText()).isEqualTo("connect");
        assertThat(connect.path("body").path("sourceKey").asText()).isEqualTo("DEMO-3");
        assertThat(connect.path("body").path("targetKey").asText()).isEqualTo("12");
        assertThat(connect.path("body").path("sourceUrl").asText()).isEqualTo("https://tracker.example/browse/DEMO-3");

        Twin again = lifecycle.connect(f.connection.id(), "DEMO-3", "12");
        assertThat(again.id()).isEqualTo(twin.id());
        assertThat(f.lane(twin)).hasSize(2);
    }

    @Test
    void connectRefusesKeysTwinnedWithOtherEntities() {
        f.twin("DEMO-1", "7", TwinState.ACTIVE);

        assertThatThrownBy(() -> lifecycle.connect(f.connection.id(), "DEMO-1", "8"))
                .isInstanceOf(LifecycleConflictException.class).hasMessage("DEMO-1 is already twinned with 7");
        assertThatThrownBy(() -> lifecycle.connect(f.connection.id(), "DEMO-2", "7"))
                .isInstanceOf(LifecycleConflictException.class).hasMessage("remote 7 is already twinned with DEMO-1");
    }

    private static JsonNode message(SyncEvent event) {
        return MessageCodec.tree(event.payload());
    }
}
