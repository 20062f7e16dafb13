package io.entwine.core.control;

import io.entwine.api.errors.ConfigException;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.queue.SyncEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionPauseTest {
    private final ControlDatabase data = new ControlDatabase();
    private final AtomicInteger wakes = new AtomicInteger();
    private final ConnectionPause pause = new ConnectionPause(data.db, wakes::incrementAndGet);

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void aPausedConnectionKeepsQueueingAndRunsItsEventsInOrderOnResume() {
        String connection = data.connection("c", ConnectionStatus.ACTIVE);
        long twin = data.twin(connection, "A");

        assertThat(pause.pause(connection).status()).isEqualTo(ConnectionStatus.PAUSED);
        long first = data.enqueue(connection, twin);
        long second = data.enqueue(connection, twin);
        assertThat(data.claim()).isEmpty();

        assertThat(pause.resume(connection).status()).isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(wakes).hasValue(1);
        assertThat(data.claim()).extracting(SyncEvent::id).containsExactly(first);
        data.db.useTransaction(tx -> tx.queue().complete(first, "w"));
        assertThat(data.claim()).extracting(SyncEvent::id).containsExactly(second);
    }

    @Test
    void pausingTwiceOrResumingAnActiveConnectionChangesNothing() {
        String connection = data.connection("c", ConnectionStatus.ACTIVE);

        assertThat(pause.resume(connection).status()).isEqualTo(ConnectionStatus.ACTIVE);
        pause.pause(connection);
        assertThat(pause.pause(connection).status()).isEqualTo(ConnectionStatus.PAUSED);
    }

    @Test
    void refusesToPauseAConnectionWhoseInvitationIsNotAcceptedYet() {
        String connection = data.connection("c", ConnectionStatus.INVITED);

        assertThatThrownBy(() -> pause.pause(connection)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("is INVITED");
    }
}
