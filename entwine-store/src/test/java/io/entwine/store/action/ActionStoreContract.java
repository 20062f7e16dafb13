package io.entwine.store.action;

import static org.assertj.core.api.Assertions.assertThat;

import io.entwine.store.StoreContract;
import java.util.List;
import org.junit.jupiter.api.Test;

public abstract class ActionStoreContract extends StoreContract {

    private long twin(String connection, String remoteKey) {
        return tx(tx -> tx.twins().getOrCreateByRemoteKey(connection, remoteKey, clock.instant()).id());
    }

    private boolean stepDone(long event, String step) {
        return db.inTransaction(tx -> tx.actions().stepDone(event, step));
    }

    private List<Long> waitingFor(String connection, List<String> refs) {
        return db.inTransaction(tx -> tx.actions().waitingFor(connection, refs));
    }

    private List<String> waitsOf(long twin) {
        return db.inTransaction(tx -> tx.actions().waitsOf(twin));
    }

    private java.util.Optional<Long> byRemoteId(String connection, String id) {
        return db.inTransaction(tx -> tx.actions().twinByRemoteId(connection, id));
    }

    @Test
    void remembersADoneStepOfAnEventOnlyForThatEvent() {
        run(tx -> tx.actions().markStepDone(1, "transition:0:Start", clock.instant()));
        run(tx -> tx.actions().markStepDone(1, "transition:0:Start", clock.instant()));
        assertThat(stepDone(1, "transition:0:Start")).isTrue();
        assertThat(stepDone(2, "transition:0:Start")).isFalse();
        assertThat(stepDone(1, "transition:1:Start")).isFalse();
    }

    @Test
    void findsTheChildrenWaitingForAParentUntilTheirWaitIsCleared() {
        String connection = newConnection("c");
        long child = twin(connection, "G-2");
        long other = twin(connection, "G-3");
        run(tx -> tx.actions().waitForParent(child, connection, "G-1", clock.instant()));
        run(tx -> tx.actions().waitForParent(child, connection, "G-1", clock.instant()));
        run(tx -> tx.actions().waitForParent(other, connection, "G-9", clock.instant()));

        List<Long> waiting = waitingFor(connection, List.of("G-1", "id-1"));
        assertThat(waiting).containsExactly(child);
        assertThat(waitsOf(child)).containsExactly("G-1");

        run(tx -> tx.actions().clearWaits(child));
        assertThat(waitingFor(connection, List.of("G-1"))).isEmpty();
        assertThat(waitingFor(connection, List.of("G-9"))).containsExactly(other);
    }

    @Test
    void findsATwinByTheRemoteIdItWasFirstRecordedWith() {
        String connection = newConnection("c");
        long first = twin(connection, "G-1");
        long second = twin(connection, "G-2");
        run(tx -> tx.actions().recordRemoteId(connection, first, "100"));
        run(tx -> tx.actions().recordRemoteId(connection, second, "100"));
        assertThat(byRemoteId(connection, "100")).contains(first);
        java.util.Optional<String> remoteId = db.inTransaction(tx -> tx.actions().remoteIdOf(first));
        assertThat(remoteId).contains("100");
        assertThat(byRemoteId(connection, "200")).isEmpty();
    }
}
