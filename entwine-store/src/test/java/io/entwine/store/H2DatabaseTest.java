package io.entwine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionRole;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.NewEvent;
import io.entwine.store.queue.SyncEvent;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2DatabaseTest extends DatabaseContract {
    private final DatabaseConfig config = TestDatabases.h2Memory();

    @Override
    protected DatabaseConfig config() {
        return config;
    }

    @Override
    protected String expectedDialect() {
        return "H2";
    }

    @Test
    void keepsDataAndIdInAFileDatabaseAcrossRestarts(@TempDir Path dir) {
        Path dataDir = dir.resolve("node-data");
        String id;
        try (Database first = Database.open(DatabaseConfig.h2File(dataDir), clock)) {
            id = first.databaseId();
            first.useTransaction(tx -> tx.settings().put("node.id", "node-1"));
        }
        assertThat(Files.exists(dataDir.resolve("entwine.mv.db"))).isTrue();
        try (Database second = Database.open(DatabaseConfig.h2File(dataDir), clock)) {
            assertThat(second.databaseId()).isEqualTo(id);
            Optional<String> nodeId = second.inTransaction(tx -> tx.settings().get("node.id"));
            assertThat(nodeId).contains("node-1");
        }
    }

    @Test
    void reopeningAFileDatabaseReleasesTheEventsAKilledProcessLeftRunning(@TempDir Path dir) {
        DatabaseConfig file = DatabaseConfig.h2File(dir.resolve("node-data"));
        long event;
        try (Database killed = Database.open(file, clock)) {
            Connection connection = new Connection(UUID.randomUUID().toString(), "c", "peer", "https://peer.example/c",
                    new byte[] {1}, ConnectionRole.INVITER, ConnectionStatus.ACTIVE, "{}", clock.instant(), clock.instant());
            killed.useTransaction(tx -> tx.connections().insert(connection));
            long twin = killed.inTransaction(tx -> tx.twins().getOrCreateByLocalKey(connection.id(), "A", clock.instant())).id();
            event = killed.inTransaction(tx -> tx.queue().enqueue(NewEvent.of(connection.id(), twin, EventKind.APPLY, "{}")));
            List<SyncEvent> claimed = killed.inTransaction(tx -> tx.queue().claim(clock.instant(), 1, "node-1", Duration.ofMinutes(5)));
            assertThat(claimed).extracting(SyncEvent::id).containsExactly(event);
        }

        try (Database restarted = Database.open(file, clock)) {
            List<SyncEvent> claimed = restarted.inTransaction(tx -> tx.queue().claim(clock.instant(), 1, "node-2", Duration.ofMinutes(5)));
            assertThat(claimed).extracting(SyncEvent::id, SyncEvent::leaseOwner).containsExactly(tuple(event, "node-2"));
        }
    }

    @Test
    void onlyAnEmbeddedFileDatabaseWithoutAutoServerIsSingleProcess(@TempDir Path dir) {
        assertThat(DatabaseConfig.h2File(dir).singleProcess()).isTrue();
        assertThat(TestDatabases.h2Memory().singleProcess()).isFalse();
        assertThat(new DatabaseConfig("jdbc:h2:file:" + dir + ";AUTO_SERVER=TRUE", "sa", "", 2).singleProcess()).isFalse();
        assertThat(DatabaseConfig.postgres("jdbc:postgresql://db/entwine", "u", "p").singleProcess()).isFalse();
    }

    @Test
    void givesEachNewDatabaseItsOwnId() {
        try (Database other = Database.open(TestDatabases.h2Memory(), clock)) {
            assertThat(other.databaseId()).isNotEqualTo(db.databaseId());
        }
    }
}
