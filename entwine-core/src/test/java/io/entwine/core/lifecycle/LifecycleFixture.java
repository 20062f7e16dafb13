package io.entwine.core.lifecycle;

import io.entwine.api.connector.TrackerConnector;
import io.entwine.store.Database;
import io.entwine.store.DatabaseConfig;
import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionRole;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.queue.SyncEvent;
import io.entwine.store.twin.Twin;
import io.entwine.store.twin.TwinState;
import io.entwine.testkit.ManualClock;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.UUID;

/** A node database with one active connection, and short-hands to set up and read twins and their lanes. */
final class LifecycleFixture implements AutoCloseable {
    final ManualClock clock = new ManualClock();
    final Database db = Database.open(DatabaseConfig.h2Memory("lifecycle-" + UUID.randomUUID()), clock);
    final Connection connection;

    LifecycleFixture() {
        connection = new Connection(UUID.randomUUID().toString(), "jira-github", "github-node", "http://peer.example",
                new byte[] {1, 2, 3}, ConnectionRole.INVITER, ConnectionStatus.ACTIVE, "{}", clock.instant(), clock.instant());
        db.useTransaction(tx -> tx.connections().insert(connection));
    }

    /** A twin of local {@code localKey}, acknowledged by the peer as {@code remoteKey} (null: not yet), in {@code state}. */
    Twin twin(String localKey, String remoteKey, TwinState state) {
        return db.inTransaction(tx -> {
            Twin t = tx.twins().getOrCreateByLocalKey(connection.id(), localKey, clock.instant());
            if (remoteKey != null) tx.twins().setRemote(t.id(), remoteKey, "http://peer.example/" + remoteKey);
            tx.twins().setState(t.id(), state);
            tx.twins().setLastSent(t.id(), "{\"summary\":\"sent\"}");
            return tx.twins().find(t.id()).orElseThrow();
        });
    }

    Twin reload(Twin twin) {
        return db.inTransaction(tx -> tx.twins().find(twin.id())).orElseThrow();
    }

    Twin byLocalKey(String key) {
        return db.inTransaction(tx -> tx.twins().findByLocalKey(connection.id(), key)).orElseThrow();
    }

    List<SyncEvent> lane(Twin twin) {
        return db.inTransaction(tx -> tx.queue().forTwin(twin.id()));
    }

    /** A connector that only knows browse URLs: all the lifecycle needs from the tracker. */
    static TrackerConnector browseOnly() {
        return (TrackerConnector) Proxy.newProxyInstance(LifecycleFixture.class.getClassLoader(), new Class<?>[] {TrackerConnector.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "browseUrl" -> "https://tracker.example/browse/" + args[0];
                    case "kind" -> "test";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Override
    public void close() {
        db.close();
    }
}
