package io.entwine.core.bulk;

import io.entwine.core.incoming.CreationGuard;
import io.entwine.core.lifecycle.TwinLifecycle;
import io.entwine.core.trigger.MatchingSync;
import io.entwine.core.trigger.QueryRunner;
import io.entwine.store.Database;
import io.entwine.store.DatabaseConfig;
import io.entwine.store.bulk.BulkJob;
import io.entwine.store.bulk.BulkJobState;
import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionRole;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.twin.TwinState;
import io.entwine.testkit.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BulkJobsTest {
    private final ManualClock clock = new ManualClock();
    private final Database db = Database.open(DatabaseConfig.h2Memory("bulk-" + UUID.randomUUID()), clock);
    private final TwinLifecycle lifecycle = new TwinLifecycle(db, null, clock, () -> { });
    private final BulkJobs jobs = new BulkJobs(db, new QueryRunner(null), new MatchingSync(db, new CreationGuard(), clock, () -> { }),
            lifecycle, clock, Duration.ofMillis(20), Duration.ofMinutes(1));
    private String connection;

    @BeforeEach
    void connection() {
        connection = UUID.randomUUID().toString();
        db.useTransaction(tx -> tx.connections().insert(new Connection(connection, "c", null, "http://peer.example", new byte[] {1},
                ConnectionRole.INVITER, ConnectionStatus.ACTIVE, "{}", clock.instant(), clock.instant())));
    }

    @AfterEach
    void close() {
        jobs.close();
        db.close();
    }

    @Test
    void aJobWhoseProcessStoppedIsMarkedInterruptedAndOneWithAHeartbeatIsNot() {
        db.useTransaction(tx -> tx.bulkJobs().create("left-by-a-crash", connection, "sync", null));
        clock.advance(BulkJobs.STALE_AFTER.plusSeconds(1));
        db.useTransaction(tx -> tx.bulkJobs().create("another-process", connection, "sync", null));

        jobs.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> job("left-by-a-crash").state() == BulkJobState.INTERRUPTED);
        assertThat(job("left-by-a-crash").message()).contains("start it again");
        assertThat(job("another-process").state()).isEqualTo(BulkJobState.RUNNING);
    }

    @Test
    void unsyncByKeysCountsEachKeyAndNamesTheOnesThatFailed() {
        long twin = db.inTransaction(tx -> tx.twins().getOrCreateByLocalKey(connection, "DEMO-1", clock.instant())).id();

        BulkJob started = jobs.unsync(connection, null, List.of("DEMO-1", "DEMO-2"));

        assertThat(started.state()).isEqualTo(BulkJobState.RUNNING);
        BulkJob finished = await().atMost(Duration.ofSeconds(10)).until(() -> job(started.id()), j -> j.state().finished());
        assertThat(finished.state()).isEqualTo(BulkJobState.DONE);
        assertThat(List.of(finished.total(), finished.done(), finished.failed())).containsExactly(2, 1, 1);
        assertThat(finished.message()).isEqualTo("1 done, 1 failed: DEMO-2: not twinned on this connection");
        assertThat(db.inTransaction(tx -> tx.twins().find(twin)).orElseThrow().state()).isEqualTo(TwinState.UNSYNCED);
    }

    private BulkJob job(String id) {
        return jobs.find(id).orElseThrow();
    }
}
