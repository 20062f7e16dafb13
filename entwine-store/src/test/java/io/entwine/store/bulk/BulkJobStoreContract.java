package io.entwine.store.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.entwine.store.StoreContract;
import io.entwine.store.StoreTx;
import java.util.function.Function;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.EventStatus;
import io.entwine.store.queue.NewEvent;
import io.entwine.store.queue.SyncEvent;
import io.entwine.testkit.ManualClock;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public abstract class BulkJobStoreContract extends StoreContract {

    @BeforeEach
    void noJobs() throws SQLException {
        try (java.sql.Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM bulk_jobs");
        }
    }

    private boolean ok(Function<StoreTx, Boolean> work) {
        return tx(work);
    }

    private List<BulkJob> jobs(int limit) {
        return tx(tx -> tx.bulkJobs().list(limit));
    }

    private BulkJob job(String id) {
        return tx(tx -> tx.bulkJobs().find(id)).orElseThrow();
    }

    @Test
    void storesANewJobRunningWithoutProgress() {
        BulkJob job = tx(tx -> tx.bulkJobs().create("j1", "c1", "sync", "{\"query\":\"label:x\"}"));

        assertThat(job.state()).isEqualTo(BulkJobState.RUNNING);
        assertThat(job.total()).isZero();
        assertThat(job.done()).isZero();
        assertThat(job.failed()).isZero();
        assertThat(job.requestJson()).isEqualTo("{\"query\":\"label:x\"}");
        assertThat(job.createdAt()).isEqualTo(ManualClock.DEFAULT_START);
    }

    @Test
    void recordsProgressOnlyWhileRunning() {
        run(tx -> tx.bulkJobs().create("j1", "c1", "sync", null));
        clock.advance(Duration.ofSeconds(5));
        assertThat(ok(tx -> tx.bulkJobs().progress("j1", 50, 20, 1))).isTrue();
        BulkJob running = tx(tx -> tx.bulkJobs().find("j1")).orElseThrow();
        assertThat(List.of(running.total(), running.done(), running.failed())).containsExactly(50, 20, 1);
        assertThat(running.updatedAt()).isEqualTo(ManualClock.DEFAULT_START.plusSeconds(5));

        assertThat(ok(tx -> tx.bulkJobs().finish("j1", BulkJobState.DONE, "49 of 50 done"))).isTrue();
        assertThat(ok(tx -> tx.bulkJobs().progress("j1", 50, 50, 0))).isFalse();
        assertThat(ok(tx -> tx.bulkJobs().finish("j1", BulkJobState.FAILED, "late"))).isFalse();
        BulkJob done = tx(tx -> tx.bulkJobs().find("j1")).orElseThrow();
        assertThat(done.state()).isEqualTo(BulkJobState.DONE);
        assertThat(done.done()).isEqualTo(20);
        assertThat(done.message()).isEqualTo("49 of 50 done");
    }

    @Test
    void marksRunningJobsInterruptedAndLeavesFinishedOnesAlone() {
        run(tx -> tx.bulkJobs().create("running", "c1", "sync", null));
        run(tx -> tx.bulkJobs().create("finished", "c1", "unsync", null));
        run(tx -> tx.bulkJobs().finish("finished", BulkJobState.DONE, null));

        int interrupted = tx(tx -> tx.bulkJobs().interruptRunning("node restarted"));
        assertThat(interrupted).isEqualTo(1);

        assertThat(job("running").state()).isEqualTo(BulkJobState.INTERRUPTED);
        assertThat(job("running").message()).isEqualTo("node restarted");
        assertThat(job("finished").state()).isEqualTo(BulkJobState.DONE);
    }

    @Test
    void interruptsOnlyJobsWhoseHeartbeatStopped() {
        run(tx -> tx.bulkJobs().create("alive", "c1", "sync", null));
        run(tx -> tx.bulkJobs().create("dead", "c1", "sync", null));
        clock.advance(Duration.ofSeconds(50));
        assertThat(ok(tx -> tx.bulkJobs().touch("alive"))).isTrue();
        clock.advance(Duration.ofSeconds(30));

        int interrupted = tx(tx -> tx.bulkJobs().interruptStale(clock.instant().minusSeconds(60), "its node stopped"));

        assertThat(interrupted).isEqualTo(1);
        assertThat(job("dead").state()).isEqualTo(BulkJobState.INTERRUPTED);
        assertThat(job("alive").state()).isEqualTo(BulkJobState.RUNNING);
        assertThat(ok(tx -> tx.bulkJobs().touch("dead"))).isFalse();
    }

    @Test
    void listsTheNewestJobsFirst() {
        run(tx -> tx.bulkJobs().create("old", "c1", "sync", null));
        clock.advance(Duration.ofMinutes(1));
        run(tx -> tx.bulkJobs().create("new", "c1", "connect", null));

        assertThat(jobs(10)).extracting(BulkJob::id).containsExactly("new", "old");
        assertThat(jobs(1)).extracting(BulkJob::id).containsExactly("new");
    }

    @Test
    void completesASkippedEventWithTheReasonAndUnblocksItsLane() {
        String connection = newConnection("c");
        long twin = newTwin(connection, "PROJ-1");
        run(tx -> tx.queue().enqueueAll(List.of(NewEvent.of(connection, twin, EventKind.APPLY, "{}"),
                NewEvent.of(connection, twin, EventKind.APPLY, "{}"))));
        SyncEvent claimed = tx(tx -> tx.queue().claim(clock.instant(), 10, "w", Duration.ofMinutes(1))).get(0);

        assertThat(ok(tx -> tx.queue().completeSkipped(claimed.id(), "someone else", "twin is UNSYNCED"))).isFalse();
        assertThat(ok(tx -> tx.queue().completeSkipped(claimed.id(), "w", "twin is UNSYNCED"))).isTrue();

        SyncEvent skipped = tx(tx -> tx.queue().find(claimed.id())).orElseThrow();
        assertThat(skipped.status()).isEqualTo(EventStatus.SKIPPED);
        assertThat(skipped.lastError()).isEqualTo("skipped: twin is UNSYNCED");
        List<SyncEvent> next = tx(tx -> tx.queue().claim(clock.instant(), 10, "w", Duration.ofMinutes(1)));
        assertThat(next).hasSize(1);
    }
}
