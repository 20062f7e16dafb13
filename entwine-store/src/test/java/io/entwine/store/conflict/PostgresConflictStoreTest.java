package io.entwine.store.conflict;

import io.entwine.store.DatabaseConfig;
import io.entwine.store.TestDatabases;
import io.entwine.testkit.EmbeddedPostgresExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresConflictStoreTest extends ConflictStoreContract {
    @RegisterExtension
    static final EmbeddedPostgresExtension PG = new EmbeddedPostgresExtension();

    @Override
    protected DatabaseConfig config() {
        return TestDatabases.postgres(PG);
    }
}
