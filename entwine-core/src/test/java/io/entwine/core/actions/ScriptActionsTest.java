package io.entwine.core.actions;

import io.entwine.api.replica.HubIssue;
import io.entwine.core.protocol.MessageCodec;
import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.errorlog.ErrorStatus;
import io.entwine.store.errorlog.SyncError;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.EventStatus;
import io.entwine.store.queue.SyncEvent;
import io.entwine.store.trace.TraceKind;
import io.entwine.store.twin.Twin;
import io.entwine.store.twin.TwinState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine carries out what rules ask for, once per event, and only from the run on the received replica. */
class ScriptActionsTest {
    private static final String OUTGOING = "replica.key = issue.key\nreplica.summary = issue.summary\nreplica.description = issue.description\n";
    private EngineHarness node;

    private EngineHarness node(String incoming) {
        return node(incoming, OUTGOING);
    }

    private EngineHarness node(String incoming, String outgoing) {
        node = new EngineHarness(incoming, outgoing);
        return node;
    }

    @AfterEach
    void close() {
        if (node != null) node.close();
    }

    private static List<EventKind> kinds(List<SyncEvent> lane) {
        return lane.stream().map(SyncEvent::kind).toList();
    }

    @Test
    void syncBackSendsTheCreatedEntityBackToThePeer() {
        node("issue.summary = replica.summary\nif (firstSync) syncHelper.syncBackAfterProcessing()\n");
        long twin = node.receive("G-1", EngineHarness.replica("G-1", "From the peer"));
        node.worker.drain();

        assertThat(kinds(node.lane(twin))).containsExactly(EventKind.APPLY, EventKind.ACK_SEND, EventKind.LOCAL_CHANGE, EventKind.SEND);
        SyncEvent ack = node.worker.sent().get(0);
        assertThat(MessageCodec.tree(ack.payload()).path("baseline").isNull()).as("the ack claims no baseline").isTrue();
        SyncEvent send = node.worker.sent().get(1);
        assertThat(MessageCodec.tree(send.payload()).path("replica").path("key").asText()).isEqualTo("T-1");
        assertThat(node.twin(twin).lastSentReplica()).contains("T-1");
    }

    @Test
    void withoutSyncBackTheWrittenStateIsTheBaselineAndNothingTravelsBack() {
        node("issue.summary = replica.summary\n");
        long twin = node.receive("G-1", EngineHarness.replica("G-1", "From the peer"));
        node.worker.drain();
        assertThat(kinds(node.lane(twin))).containsExactly(EventKind.APPLY, EventKind.ACK_SEND);
        assertThat(MessageCodec.tree(node.worker.sent().get(0).payload()).path("baseline").path("key").asText()).isEqualTo("T-1");
    }

    @Test
    void unExalateStopsTheTwinAndLaterReplicasAreNotApplied() {
        node("issue.summary = replica.summary\nif (replica.summary == 'closed') syncHelper.unExalateAfterProcessing()\n");
        long twin = node.receive("G-1", EngineHarness.replica("G-1", "open"));
        node.worker.drain();
        node.receive("G-1", EngineHarness.replica("G-1", "closed"));
        node.worker.drain();
        assertThat(node.twin(twin).state()).isEqualTo(TwinState.UNSYNCED);
        assertThat(node.tracker.entity("T-1").getSummary()).isEqualTo("closed");

        node.receive("G-1", EngineHarness.replica("G-1", "edited after"));
        node.worker.drain();
        assertThat(node.tracker.entity("T-1").getSummary()).isEqualTo("closed");
        assertThat(node.tracker.writes()).containsExactly("create T-1", "update T-1 [summary]");
    }

    @Test
    void syncBackStillSendsWhenTheSameRunStopsSyncing() {
        node("issue.summary = replica.summary\nsyncHelper.syncBackAfterProcessing()\nsyncHelper.unExalateAfterProcessing()\n");
        long twin = node.receive("G-1", EngineHarness.replica("G-1", "last words"));
        node.worker.drain();
        assertThat(node.twin(twin).state()).isEqualTo(TwinState.UNSYNCED);
        // the peer hears of the stop after the synced-back replica, so it applies that replica first
        assertThat(kinds(node.worker.sent())).containsExactly(EventKind.ACK_SEND, EventKind.SEND, EventKind.LIFECYCLE_SEND);
    }

    @Test
    void exalateBringsAnotherEntityUnderSyncOnce() {
        node("issue.summary = replica.summary\n",
                OUTGOING + "if (issue.description?.startsWith('Parent: ')) syncHelper.exalate(issue.description.substring(8))\n");
        String parent = node.tracker.existing("Parent");
        String child = node.tracker.existing("Child");
        setDescription(child, "Parent: " + parent);

        long childTwin = node.localChange(child);
        node.worker.step(Duration.ZERO); // the child's local change: its rules exalate the parent
        Twin parentTwin = node.twinOfLocal(parent).orElseThrow();
        assertThat(kinds(node.lane(parentTwin.id()))).containsExactly(EventKind.LOCAL_CHANGE);

        node.localChange(child); // the child changes again: the parent is already on its way
        node.worker.drain();
        assertThat(kinds(node.lane(parentTwin.id()))).containsExactly(EventKind.LOCAL_CHANGE, EventKind.SEND);
        assertThat(kinds(node.lane(childTwin))).containsExactly(EventKind.LOCAL_CHANGE, EventKind.SEND, EventKind.LOCAL_CHANGE);
    }

    @Test
    void transitionRunsOnceWhenTheEventIsRetriedAfterACrash() {
        node("issue.summary = replica.summary\nif (!firstSync) workflowHelper.transition(issue, 'Start Progress')\n");
        node.receive("G-1", EngineHarness.replica("G-1", "one"));
        node.worker.drain();
        node.receive("G-1", EngineHarness.replica("G-1", "two"));
        node.tracker.failNextRead(); // the read before the apply fails: nothing done yet
        node.worker.drain();
        node.worker.drain(Duration.ofHours(1));
        assertThat(node.tracker.writesStartingWith("transition")).isEqualTo(1);

        node.receive("G-1", EngineHarness.replica("G-1", "three"));
        node.worker.step(Duration.ZERO);
        assertThat(node.tracker.writesStartingWith("transition")).isEqualTo(2);
    }

    @Test
    void aTransitionDoneBeforeACrashIsNotRepeatedByTheRetry() {
        node("issue.summary = replica.summary\nif (!firstSync) workflowHelper.transition(issue, 'Start Progress')\n");
        node.receive("G-1", EngineHarness.replica("G-1", "one"));
        node.worker.drain();
        long twin = node.receive("G-1", EngineHarness.replica("G-1", "two"));
        // the read right after the transition (for the status it led to) fails: the event is retried later
        node.tracker.failReadAfterTransition();
        node.worker.drain();
        assertThat(node.lane(twin).get(2).status()).isEqualTo(EventStatus.PENDING);
        node.worker.drain(Duration.ofHours(1));

        assertThat(node.tracker.writes()).containsExactly("create T-1", "update T-1 [summary]", "transition T-1 Start Progress");
        assertThat(node.tracker.entity("T-1").getStatus().name()).isEqualTo("Start Progress");
        assertThat(node.lane(twin).get(2).status()).isEqualTo(EventStatus.DONE);
    }

    @Test
    void theRunOnThePreviousReplicaActsOnNothing() {
        String acting = "issue.summary = replica.summary\n"
                + "if (replica.summary == 'acting') {\n"
                + "  syncHelper.syncBackAfterProcessing()\n"
                + "  syncHelper.unExalateAfterProcessing()\n"
                + "  syncHelper.exalate('T-99')\n"
                + "  workflowHelper.transition(issue, 'Start Progress')\n"
                + "  traces.add(new com.exalate.basic.domain.BasicNonPersistentTrace().setLocalId('L1').setRemoteId('R1'))\n"
                + "  issue.description = 'stored'\n"
                + "  store(issue)\n"
                + "}\n";
        node(acting);
        long twin = node.receive("G-1", EngineHarness.replica("G-1", "calm"));
        node.worker.drain();
        // the peer's previous replica is 'acting': the merge runs the rules on it for the next event
        node.db.useTransaction(tx -> tx.twins().setLastReceived(twin,
                io.entwine.model.codec.ReplicaCodec.toJsonString(EngineHarness.replica("G-1", "acting"))));
        node.receive("G-1", EngineHarness.replica("G-1", "still calm"));
        node.worker.drain();

        assertThat(node.tracker.writes()).containsExactly("create T-1", "update T-1 [summary]");
        assertThat(node.twin(twin).state()).isEqualTo(TwinState.ACTIVE);
        assertThat(node.twinOfLocal("T-99")).isEmpty();
        List<io.entwine.store.trace.Trace> traces = node.db.inTransaction(tx -> tx.traces().forTwin(twin, TraceKind.COMMENT));
        assertThat(traces).isEmpty();
        assertThat(kinds(node.lane(twin))).containsExactly(EventKind.APPLY, EventKind.ACK_SEND, EventKind.APPLY, EventKind.ACK_SEND);
    }

    @Test
    void theRunOnTheReceivedReplicaActsOnEverything() {
        String acting = "issue.summary = replica.summary\n"
                + "if (replica.summary == 'acting') {\n"
                + "  syncHelper.exalate('T-1')\n"
                + "  traces.add(new com.exalate.basic.domain.BasicNonPersistentTrace().setLocalId('L1').setRemoteId('R1'))\n"
                + "}\n";
        node(acting);
        String other = node.tracker.existing("Other");
        long twin = node.receive("G-1", EngineHarness.replica("G-1", "acting"));
        node.worker.step(Duration.ZERO);
        assertThat(node.twinOfLocal(other)).isPresent();
        java.util.Map<String, String> traces = node.db.inTransaction(tx -> tx.traces().remoteToLocal(twin, TraceKind.COMMENT));
        assertThat(traces).containsEntry("R1", "L1");
    }

    @Test
    void storeCreatesTheEntityOnceAndLaterLinesAreWrittenAsAnUpdate() {
        node("issue.summary = replica.summary\nstore(issue)\nissue.description = 'my key is ' + issue.key\n");
        long twin = node.receive("G-1", EngineHarness.replica("G-1", "Stored early"));
        node.worker.drain();
        assertThat(node.tracker.writes()).containsExactly("create T-1", "update T-1 [description]");
        assertThat(node.tracker.entity("T-1").getDescription()).isEqualTo("my key is T-1");
        assertThat(node.twin(twin).localKey()).isEqualTo("T-1");
        assertThat(node.twin(twin).lastSentReplica()).contains("my key is T-1");
    }

    @Test
    void storeDoesNotCreateTwiceWhenTheEventIsRetried() {
        node("issue.summary = replica.summary\nstore(issue)\nif (replica.summary == 'boom') debug.error('after store')\n");
        long twin = node.receive("G-1", EngineHarness.replica("G-1", "boom"));
        node.worker.drain();
        assertThat(node.lane(twin).get(0).status()).isEqualTo(EventStatus.FAILED);
        assertThat(node.twin(twin).localKey()).isEqualTo("T-1");

        node.rules.publish(EngineHarness.CONNECTION, io.entwine.store.rule.Direction.INCOMING, "issue.summary = replica.summary\nstore(issue)\n");
        long held = node.lane(twin).get(0).id();
        // a rule error holds the whole connection until its error is resolved, as an admin's retry does
        node.db.useTransaction(tx -> {
            tx.queue().retry(held);
            tx.errors().resolveForEvent(held, java.time.Instant.now());
        });
        node.worker.drain();
        assertThat(node.tracker.writesStartingWith("create")).isEqualTo(1);
        assertThat(node.lane(twin).get(0).status()).isEqualTo(EventStatus.DONE);
    }

    @Test
    void connectingToAnExistingEntityTwinsItInsteadOfCreatingOne() {
        node("if (firstSync && replica.description?.startsWith('Twin of ')) {\n"
                + "  return new com.exalate.basic.domain.BasicIssueKey(null, replica.description.substring(8))\n"
                + "}\n"
                + "issue.summary = replica.summary\n");
        String existing = node.tracker.existing("Already here");
        HubIssue replica = EngineHarness.replica("G-1", "Renamed by the peer");
        replica.setDescription("Twin of " + existing);
        long twin = node.receive("G-1", replica);
        node.worker.drain();

        assertThat(node.twin(twin).localKey()).isEqualTo(existing);
        assertThat(node.tracker.writes()).containsExactly("update " + existing + " [summary]");
        assertThat(node.tracker.entity(existing).getSummary()).isEqualTo("Renamed by the peer");
        assertThat(MessageCodec.tree(node.worker.sent().get(0).payload()).path("key").asText()).isEqualTo(existing);
    }

    @Test
    void connectingToAnEntityTwinnedWithAnotherRemoteIsAnEntityError() {
        node("if (firstSync) return new com.exalate.basic.domain.BasicIssueKey(null, 'T-1')\nissue.summary = replica.summary\n");
        node.tracker.existing("Taken");
        long first = node.receive("G-1", EngineHarness.replica("G-1", "first"));
        node.worker.drain();
        assertThat(node.twin(first).localKey()).isEqualTo("T-1");
        long second = node.receive("G-2", EngineHarness.replica("G-2", "second"));
        node.worker.drain();
        assertThat(node.lane(second).get(0).status()).isEqualTo(EventStatus.FAILED);
        assertThat(node.errors(ErrorStatus.OPEN)).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo(ErrorLevel.ENTITY);
            assertThat(e.message()).contains("T-1 is already twinned on this connection with remote G-1");
        });
    }

    @Test
    void aChildWaitsForItsParentAndIsAppliedAutomaticallyOnceTheParentIs() {
        node("issue.summary = replica.summary\n"
                + "if (replica.parentId) issue.description = 'child of ' + nodeHelper.getLocalIssueKeyFromRemoteId(replica.parentId).key\n");
        HubIssue child = EngineHarness.replica("G-2", "Child");
        child.setParentId("G-1");
        long childTwin = node.receive("G-2", child);
        node.worker.drain();

        assertThat(node.lane(childTwin)).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(EventStatus.FAILED));
        assertThat(node.errors(ErrorStatus.OPEN)).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo(ErrorLevel.ENTITY);
            assertThat(e.message()).startsWith("parent G-1 not synced yet");
        });
        assertThat(node.tracker.writes()).isEmpty();

        node.receive("G-1", EngineHarness.replica("G-1", "Parent"));
        node.worker.drain();

        assertThat(node.tracker.entity("T-2").getDescription()).isEqualTo("child of T-1");
        assertThat(node.lane(childTwin).get(0).status()).isEqualTo(EventStatus.DONE);
        assertThat(node.errors(ErrorStatus.OPEN)).isEmpty();
        List<String> waits = node.db.inTransaction(tx -> tx.actions().waitsOf(childTwin));
        assertThat(waits).isEmpty();
    }

    @Test
    void aParentNamedByItsRemoteIdIsFoundToo() {
        node("issue.summary = replica.summary\n");
        long parentTwin = node.receive("G-1", EngineHarness.replica("G-1", "Parent"));
        node.worker.drain();
        HubIssue child = EngineHarness.replica("G-2", "Child");
        child.setParentId("id-G-1");
        long childTwin = node.receive("G-2", child);
        node.worker.drain();
        assertThat(node.twin(parentTwin).localKey()).isEqualTo("T-1");
        assertThat(node.twin(childTwin).localKey()).isEqualTo("T-2");
    }

    @Test
    void aParentSyncedWhileTheChildRanReleasesItWhenItIsHeld() {
        node("issue.summary = replica.summary\n");
        HubIssue child = EngineHarness.replica("G-2", "Child");
        child.setParentId("G-1");
        long childTwin = node.receive("G-2", child);
        node.worker.drain();
        // the parent's twin got its key but its release ran before the child was held: nothing was retried
        node.db.useTransaction(tx -> {
            Twin parent = tx.twins().getOrCreateByRemoteKey(EngineHarness.CONNECTION, "G-1", node.clock.instant());
            tx.twins().setLocalKey(parent.id(), node.tracker.existing("Parent"));
        });
        new ParentGate(node.db, node.clock).recheck(node.lane(childTwin).get(0));
        node.worker.drain();
        assertThat(node.lane(childTwin).get(0).status()).isEqualTo(EventStatus.DONE);
        assertThat(node.errors(ErrorStatus.OPEN)).extracting(SyncError::message).isEmpty();
    }

    private void setDescription(String key, String description) {
        node.tracker.update(key, new io.entwine.api.connector.FieldChanges(java.util.Map.of("description", description)));
    }
}
