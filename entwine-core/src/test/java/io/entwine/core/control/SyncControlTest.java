package io.entwine.core.control;

import io.entwine.core.queue.ErrorClassifier;
import io.entwine.core.queue.FailureRecorder;
import io.entwine.core.queue.RetryPolicy;
import io.entwine.core.queue.SyncWorkers;
import io.entwine.core.queue.WorkSignal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyncControlTest {
    private final ControlDatabase data = new ControlDatabase();
    private final SyncWorkers workers = new SyncWorkers(data.db, Map.of(),
            new FailureRecorder(data.db, new ErrorClassifier(data.clock, RetryPolicy.defaults()), data.clock), new WorkSignal(),
            data.clock, 1, "test", Duration.ofMinutes(1), Duration.ofMillis(50));
    private SyncFingerprint current = new SyncFingerprint("jira-node", data.db.databaseId(), "http://jira-a", "cloud-a");
    private final SyncControl control = new SyncControl(data.db, workers, () -> current, data.clock);

    @AfterEach
    void close() {
        workers.close();
        data.close();
    }

    @Test
    void staysInactiveWhenNotConfiguredToStartAndSaysHowToActivate() {
        SyncState state = control.startWithNode(false);

        assertThat(state.active()).isFalse();
        assertThat(workers.isRunning()).isFalse();
        assertThat(state.reason()).contains("sync.startWorkers=false").contains("POST /api/sync/activate");
        assertThat(state.recorded()).isNull();
    }

    @Test
    void recordsTheFingerprintAtFirstActivation() {
        control.startWithNode(false);

        SyncState state = control.activate(false);

        assertThat(state.active()).isTrue();
        assertThat(state.reason()).isNull();
        assertThat(state.recorded()).isEqualTo(current);
    }

    @Test
    void startsWithTheNodeWhenConfiguredAndTheFingerprintMatches() {
        control.startWithNode(true);
        workers.stopClaiming();

        SyncState again = new SyncControl(data.db, workers, () -> current, data.clock).startWithNode(true);

        assertThat(again.active()).isTrue();
    }

    @Test
    void staysInactiveWhenPointedAtAnotherTrackerEvenIfConfiguredToStart() {
        control.startWithNode(true);
        workers.stopClaiming();
        current = new SyncFingerprint("jira-node", data.db.databaseId(), "http://jira-b", "cloud-b");

        SyncState state = new SyncControl(data.db, workers, () -> current, data.clock).startWithNode(true);

        assertThat(state.active()).isFalse();
        assertThat(state.fingerprintChanges()).containsExactly(
                new FingerprintChange("trackerBaseUrl", "http://jira-a", "http://jira-b"),
                new FingerprintChange("trackerInstanceId", "cloud-a", "cloud-b"));
        assertThat(state.reason()).contains("trackerBaseUrl was 'http://jira-a', is now 'http://jira-b'");
    }

    @Test
    void activatesAChangedFingerprintOnlyWhenConfirmedAndThenRecordsIt() {
        control.startWithNode(true);
        workers.stopClaiming();
        SyncFingerprint recorded = current;
        current = new SyncFingerprint("copy-of-jira-node", data.db.databaseId(), "http://jira-a", "cloud-a");
        SyncControl restarted = new SyncControl(data.db, workers, () -> current, data.clock);
        restarted.startWithNode(true);

        assertThatThrownBy(() -> restarted.activate(false)).isInstanceOf(FingerprintChangedException.class)
                .hasMessageContaining("nodeId was 'jira-node', is now 'copy-of-jira-node'");
        assertThat(restarted.state().active()).isFalse();
        assertThat(restarted.state().recorded()).isEqualTo(recorded);

        SyncState confirmed = restarted.activate(true);

        assertThat(confirmed.active()).isTrue();
        assertThat(confirmed.recorded()).isEqualTo(current);
        assertThat(confirmed.fingerprintChanges()).isEmpty();
    }

    @Test
    void aNodeLevelErrorStopsTheSyncAndNamesTheError() {
        control.startWithNode(true);

        control.halt(42, "unexpected failure (a defect in Entwine): boom");

        SyncState state = control.state();
        assertThat(state.active()).isFalse();
        assertThat(state.haltedByError()).isEqualTo(42L);
        assertThat(state.reason()).startsWith("stopped by node-level error 42").contains("boom");
        assertThat(control.activate(false).active()).isTrue();
        assertThat(control.state().haltedByError()).isNull();
    }

    @Test
    void anAdminCanDeactivateAndReactivate() {
        control.startWithNode(true);

        SyncState stopped = control.deactivate("deactivated by an administrator");

        assertThat(stopped.active()).isFalse();
        assertThat(stopped.reason()).isEqualTo("deactivated by an administrator");
        assertThat(control.activate(false).active()).isTrue();
    }
}
