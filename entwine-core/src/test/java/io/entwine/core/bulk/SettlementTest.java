package io.entwine.core.bulk;

import io.entwine.store.Database;
import io.entwine.store.DatabaseConfig;
import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionRole;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.NewEvent;
import io.entwine.store.queue.SyncEvent;
import io.entwine.testkit.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** When an item of a bulk sync or connect counts as done or failed. */
class SettlementTest {
    private final ManualClock clock = new ManualClock();
    private final Database db = Database.open(DatabaseConfig.h2Memory("settlement-" + UUID.randomUUID()), clock);
    private String connection;
    private long twin;

    @BeforeEach
    void twin() {
        connection = UUID.randomUUID().toString();
        db.useTransaction(tx -> tx.connections().insert(new Connection(connection, "c", null, null, new byte[] {1},
                ConnectionRole.INVITER, ConnectionStatus.ACTIVE, "{}", clock.instant(), clock.instant())));
        twin = db.inTransaction(tx -> tx.twins().getOrCreateByLocalKey(connection, "DEMO-1", clock.instant())).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Settlement settlement() {
        return db.inTransaction(tx -> Settlement.of(tx, twin));
    }

    @Test
    void anItemWithWorkInItsLaneIsPending() {
        db.useTransaction(tx -> tx.queue().enqueue(NewEvent.of(connection, twin, EventKind.LOCAL_CHANGE, "{}")));
        assertThat(settlement()).isEqualTo(Settlement.PENDING);
    }

    @Test
    void anItemWhoseReplicaWasSentIsPendingUntilThePeerAcknowledges() {
        db.useTransaction(tx -> tx.twins().setLastSent(twin, "{}"));
        assertThat(settlement()).isEqualTo(Settlement.PENDING);

        db.useTransaction(tx -> tx.twins().setLastReceived(twin, "{}"));
        assertThat(settlement()).isEqualTo(Settlement.DONE);
    }

    @Test
    void anItemTheRulesSentNothingForIsDoneOnceItsLaneIsEmpty() {
        assertThat(settlement()).isEqualTo(Settlement.DONE);
    }

    @Test
    void anItemWithAFailedEventHasFailed() {
        db.useTransaction(tx -> tx.queue().enqueue(NewEvent.of(connection, twin, EventKind.LOCAL_CHANGE, "{}")));
        SyncEvent claimed = db.inTransaction(tx -> tx.queue().claim(clock.instant(), 1, "w", Duration.ofMinutes(1))).get(0);
        db.useTransaction(tx -> tx.queue().fail(claimed.id(), "w", "Jira refused the summary"));
        assertThat(settlement()).isEqualTo(Settlement.FAILED);
    }
}
