package io.entwine.core.control;

import io.entwine.store.Database;
import io.entwine.store.DatabaseConfig;
import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionRole;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.errorlog.NewError;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.NewEvent;
import io.entwine.store.queue.SyncEvent;
import io.entwine.testkit.ManualClock;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** An in-memory node database with the few rows these tests need: connections, twins, failed events and their errors. */
final class ControlDatabase implements AutoCloseable {
    final ManualClock clock = new ManualClock();
    final Database db = Database.open(DatabaseConfig.h2Memory("control-" + UUID.randomUUID()), clock);

    String connection(String name, ConnectionStatus status) {
        Connection c = new Connection(UUID.randomUUID().toString(), name, "peer", "https://peer.example", new byte[] {1},
                ConnectionRole.INVITER, status, "{}", clock.instant(), clock.instant());
        db.useTransaction(tx -> tx.connections().insert(c));
        return c.id();
    }

    long twin(String connectionId, String localKey) {
        return db.inTransaction(tx -> tx.twins().getOrCreateByLocalKey(connectionId, localKey, clock.instant())).id();
    }

    long enqueue(String connectionId, long twin) {
        return db.inTransaction(tx -> tx.queue().enqueue(NewEvent.of(connectionId, twin, EventKind.APPLY, "{}")));
    }

    /** Claims every due event, then fails {@code event} with an error of {@code level}; returns the error id. */
    long failWithError(long event, ErrorLevel level) {
        List<SyncEvent> claimed = claim();
        SyncEvent failing = claimed.stream().filter(e -> e.id() == event).findFirst()
                .orElseThrow(() -> new AssertionError("event " + event + " was not claimable"));
        return db.inTransaction(tx -> {
            tx.queue().fail(event, "w", "boom");
            return tx.errors().record(new NewError(level, failing.connectionId(), failing.twinId(), event, "boom " + event,
                    null, null, null), clock.instant());
        });
    }

    List<SyncEvent> claim() {
        return db.inTransaction(tx -> tx.queue().claim(clock.instant(), 100, "w", Duration.ofMinutes(5)));
    }

    SyncEvent event(long id) {
        return db.inTransaction(tx -> tx.queue().find(id)).orElseThrow();
    }

    @Override
    public void close() {
        db.close();
    }
}
