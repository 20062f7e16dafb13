package io.entwine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.entwine.api.errors.EntityException;
import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionRole;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.errors.StoreConflictException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Opening, migrating, transactions and failure translation, on every backend. */
public abstract class DatabaseContract extends StoreContract {

    /** The product name the backend's dialect must report. */
    protected abstract String expectedDialect();

    @Test
    void detectsTheDialectFromTheDatabase() {
        assertThat(db.dialect().name()).isEqualTo(expectedDialect());
    }

    @Test
    void migratesTheSchemaAndRecordsEachMigration() throws SQLException {
        List<String> versions = new ArrayList<>();
        try (java.sql.Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) versions.add(rs.getString(1));
        }
        assertThat(versions).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
        long unfinished = tx(tx -> tx.queue().depth().unfinished());
        assertThat(unfinished).isZero();
    }

    @Test
    void keepsTheDatabaseIdWhenReopened() {
        String id = db.databaseId();
        assertThat(id).matches("[0-9a-f-]{36}");
        try (Database again = Database.open(config(), clock)) {
            assertThat(again.databaseId()).isEqualTo(id);
        }
    }

    @Test
    void commitsWhatTheWorkWrote() {
        String id = newConnection("committed");
        Optional<Connection> found = tx(tx -> tx.connections().find(id));
        assertThat(found).isPresent();
    }

    @Test
    void rollsBackAndRethrowsTheWorksOwnException() {
        EntityException thrown = new EntityException("parent not synced yet");
        Connection connection = connection("rolled-back");
        assertThatThrownBy(() -> run(tx -> {
            tx.connections().insert(connection);
            throw thrown;
        })).isSameAs(thrown);
        Optional<Connection> found = tx(tx -> tx.connections().find(connection.id()));
        assertThat(found).isEmpty();
    }

    @Test
    void translatesAUniqueViolationIntoAConflictWithoutLeakingArguments() {
        newConnection("taken");
        Connection duplicate = connection("taken");
        assertThatThrownBy(() -> run(tx -> tx.connections().insert(duplicate)))
                .isInstanceOf(StoreConflictException.class)
                .hasMessageStartingWith("database transaction failed (SQLState 23505)")
                .message().doesNotContain("tok-123");
    }

    @Test
    void storesInstantsExactlyToTheMicrosecond() {
        Instant precise = Instant.parse("2031-02-03T04:05:06.123456Z");
        clock.set(Instant.parse("2031-02-03T04:05:06.123456789Z"));
        String id = newConnection("precise");
        Connection stored = tx(tx -> tx.connections().find(id)).orElseThrow();
        assertThat(stored.createdAt()).isEqualTo(precise);
    }

    private Connection connection(String name) {
        return new Connection(java.util.UUID.randomUUID().toString(), name, null, null, "secret".getBytes(),
                ConnectionRole.ACCEPTOR, ConnectionStatus.INVITED, "{\"apiToken\":\"tok-123\"}", clock.instant(), clock.instant());
    }
}
