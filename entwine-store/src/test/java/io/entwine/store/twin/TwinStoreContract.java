package io.entwine.store.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.entwine.store.Concurrently;
import io.entwine.store.StoreContract;
import io.entwine.store.errors.StoreConflictException;
import io.entwine.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

public abstract class TwinStoreContract extends StoreContract {

    @Test
    void createsATwinOnceForALocalKey() {
        String connection = newConnection("c");
        Twin first = tx(tx -> tx.twins().getOrCreateByLocalKey(connection, "PROJ-1", clock.instant()));
        clock.advance(Duration.ofMinutes(1));
        Twin again = tx(tx -> tx.twins().getOrCreateByLocalKey(connection, "PROJ-1", clock.instant()));

        assertThat(again).isEqualTo(first);
        assertThat(first.localKey()).isEqualTo("PROJ-1");
        assertThat(first.remoteKey()).isNull();
        assertThat(first.state()).isEqualTo(TwinState.ACTIVE);
        assertThat(first.createdAt()).isEqualTo(ManualClock.DEFAULT_START);
    }

    @Test
    void createsATwinOnceForARemoteKey() {
        String connection = newConnection("c");
        Twin first = tx(tx -> tx.twins().getOrCreateByRemoteKey(connection, "octo/repo#7", clock.instant()));
        Twin again = tx(tx -> tx.twins().getOrCreateByRemoteKey(connection, "octo/repo#7", clock.instant()));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.localKey()).isNull();
    }

    @Test
    void keepsKeysOfDifferentConnectionsApart() {
        String a = newConnection("a");
        String b = newConnection("b");
        long inA = newTwin(a, "PROJ-1");
        long inB = newTwin(b, "PROJ-1");
        assertThat(inA).isNotEqualTo(inB);
    }

    @Test
    void allowsManyTwinsWithoutAKeyYet() {
        String connection = newConnection("c");
        Twin one = tx(tx -> tx.twins().getOrCreateByRemoteKey(connection, "R-1", clock.instant()));
        Twin two = tx(tx -> tx.twins().getOrCreateByRemoteKey(connection, "R-2", clock.instant()));
        assertThat(one.localKey()).isNull();
        assertThat(two.localKey()).isNull();
        assertThat(one.id()).isNotEqualTo(two.id());
    }

    @Test
    void createsOneRowWhenManyThreadsRaceForTheSameKeys() throws Exception {
        String connection = newConnection("raced");
        int keys = 40;
        List<List<Long>> idsPerThread = Concurrently.run(8, thread -> {
            List<Long> ids = new ArrayList<>();
            for (int k = 0; k < keys; k++) {
                String key = "PROJ-" + k;
                ids.add(db.inTransaction(tx -> tx.twins().getOrCreateByLocalKey(connection, key, clock.instant())).id());
            }
            return ids;
        });

        Set<List<Long>> distinct = new HashSet<>(idsPerThread);
        assertThat(distinct).hasSize(1);
        long count = tx(tx -> tx.twins().count(connection));
        assertThat(count).isEqualTo(keys);
    }

    @Test
    void setsKeysReplicasTimesAndState() {
        String connection = newConnection("c");
        long id = tx(tx -> tx.twins().getOrCreateByRemoteKey(connection, "R-9", clock.instant())).id();
        Instant edited = Instant.parse("2029-12-31T23:00:00Z");
        Instant later = clock.advance(Duration.ofSeconds(30));

        run(tx -> {
            assertThat(tx.twins().setLocalKey(id, "PROJ-9")).isTrue();
            assertThat(tx.twins().setRemote(id, "R-9", "https://remote/R-9")).isTrue();
            assertThat(tx.twins().setLastSent(id, "{\"summary\":\"sent\"}")).isTrue();
            assertThat(tx.twins().setLastReceived(id, "{\"summary\":\"received\"}")).isTrue();
            assertThat(tx.twins().setLastLocalUpdate(id, edited)).isTrue();
            assertThat(tx.twins().setState(id, TwinState.REMOTE_DELETED)).isTrue();
        });

        Twin twin = tx(tx -> tx.twins().find(id)).orElseThrow();
        assertThat(twin).isEqualTo(new Twin(id, connection, "PROJ-9", "R-9", "https://remote/R-9", TwinState.REMOTE_DELETED,
                "{\"summary\":\"sent\"}", "{\"summary\":\"received\"}", edited, ManualClock.DEFAULT_START, later));
        Optional<Twin> byLocal = tx(tx -> tx.twins().findByLocalKey(connection, "PROJ-9"));
        Optional<Twin> byRemote = tx(tx -> tx.twins().findByRemoteKey(connection, "R-9"));
        assertThat(byLocal).contains(twin);
        assertThat(byRemote).contains(twin);
    }

    @Test
    void clearsNullableFields() {
        String connection = newConnection("c");
        long id = newTwin(connection, "PROJ-1");
        run(tx -> tx.twins().setLastLocalUpdate(id, clock.instant()));
        run(tx -> tx.twins().setLastLocalUpdate(id, null));
        Twin twin = tx(tx -> tx.twins().find(id)).orElseThrow();
        assertThat(twin.lastLocalUpdate()).isNull();
    }

    @Test
    void reportsSettersOnUnknownTwins() {
        boolean updated = tx(tx -> tx.twins().setState(424242L, TwinState.UNSYNCED));
        assertThat(updated).isFalse();
    }

    @Test
    void refusesARemoteKeyAlreadyUsedByAnotherTwin() {
        String connection = newConnection("c");
        long first = newTwin(connection, "PROJ-1");
        long second = newTwin(connection, "PROJ-2");
        run(tx -> tx.twins().setRemote(first, "R-1", "u1"));
        assertThatThrownBy(() -> run(tx -> tx.twins().setRemote(second, "R-1", "u2")))
                .isInstanceOf(StoreConflictException.class);
    }

    @Test
    void pagesThroughTheTwinsOfAConnection() {
        String connection = newConnection("c");
        String other = newConnection("other");
        for (int i = 0; i < 7; i++) newTwin(connection, "K-" + i);
        newTwin(other, "K-0");

        List<Twin> page1 = tx(tx -> tx.twins().list(connection, 3, 0));
        List<Twin> page2 = tx(tx -> tx.twins().list(connection, 3, page1.get(2).id()));
        List<Twin> page3 = tx(tx -> tx.twins().list(connection, 3, page2.get(2).id()));

        List<String> keys = Stream.of(page1, page2, page3).flatMap(List::stream).map(Twin::localKey).collect(Collectors.toList());
        assertThat(keys).containsExactly("K-0", "K-1", "K-2", "K-3", "K-4", "K-5", "K-6");
        assertThat(page3).hasSize(1);
        long count = tx(tx -> tx.twins().count(connection));
        assertThat(count).isEqualTo(7);
    }
}
