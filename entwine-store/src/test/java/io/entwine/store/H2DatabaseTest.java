package io.entwine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2DatabaseTest extends DatabaseContract {
    private final DatabaseConfig config = TestDatabases.h2Memory();

    @Override
    protected DatabaseConfig config() {
        return config;
    }

    @Override
    protected String expectedDialect() {
        return "H2";
    }

    @Test
    void keepsDataAndIdInAFileDatabaseAcrossRestarts(@TempDir Path dir) {
        Path dataDir = dir.resolve("node-data");
        String id;
        try (Database first = Database.open(DatabaseConfig.h2File(dataDir), clock)) {
            id = first.databaseId();
            first.useTransaction(tx -> tx.settings().put("node.id", "node-1"));
        }
        assertThat(Files.exists(dataDir.resolve("entwine.mv.db"))).isTrue();
        try (Database second = Database.open(DatabaseConfig.h2File(dataDir), clock)) {
            assertThat(second.databaseId()).isEqualTo(id);
            Optional<String> nodeId = second.inTransaction(tx -> tx.settings().get("node.id"));
            assertThat(nodeId).contains("node-1");
        }
    }

    @Test
    void givesEachNewDatabaseItsOwnId() {
        try (Database other = Database.open(TestDatabases.h2Memory(), clock)) {
            assertThat(other.databaseId()).isNotEqualTo(db.databaseId());
        }
    }
}
