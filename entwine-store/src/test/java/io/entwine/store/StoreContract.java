package io.entwine.store;

import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionRole;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.twin.Twin;
import io.entwine.testkit.ManualClock;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the per-backend contract tests: one {@link Database} per test class (opened on the backend's
 * {@link #config()}), emptied before each test, with a {@link ManualClock}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StoreContract {
    /** Children first, so foreign keys never block the wipe. */
    private static final String[] TABLES = {"action_steps", "parent_waits", "twin_remote_ids", "sync_errors", "sync_events", "traces", "received_messages", "invitations",
        "rule_versions", "twins", "connections", "cursors", "settings"};

    protected final ManualClock clock = new ManualClock();
    protected Database db;

    /** Where this backend's test database is; the same value on every call within a test class. */
    protected abstract DatabaseConfig config();

    @BeforeAll
    void openDatabase() {
        db = Database.open(config(), clock);
    }

    @AfterAll
    void closeDatabase() {
        if (db != null) db.close();
    }

    @BeforeEach
    void startFromEmptyTables() throws SQLException {
        clock.set(ManualClock.DEFAULT_START);
        try (java.sql.Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) statement.executeUpdate("DELETE FROM " + table);
        }
    }

    protected <T> T tx(Function<StoreTx, T> work) {
        return db.inTransaction(work);
    }

    protected void run(Consumer<StoreTx> work) {
        db.useTransaction(work);
    }

    /** Stores an ACTIVE connection named {@code name} and returns its id. */
    protected String newConnection(String name) {
        Connection connection = new Connection(UUID.randomUUID().toString(), name, "peer of " + name, "https://peer.example/" + name,
                new byte[] {1, 2, 3}, ConnectionRole.INVITER, ConnectionStatus.ACTIVE, "{}", clock.instant(), clock.instant());
        run(tx -> tx.connections().insert(connection));
        return connection.id();
    }

    protected long newTwin(String connectionId, String localKey) {
        Twin twin = tx(tx -> tx.twins().getOrCreateByLocalKey(connectionId, localKey, clock.instant()));
        return twin.id();
    }
}
