package io.entwine.store.message;

import io.entwine.store.DatabaseConfig;
import io.entwine.store.TestDatabases;
import io.entwine.testkit.EmbeddedPostgresExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresMessageStoreTest extends MessageStoreContract {
    @RegisterExtension
    static final EmbeddedPostgresExtension PG = new EmbeddedPostgresExtension();

    @Override
    protected DatabaseConfig config() {
        return TestDatabases.postgres(PG);
    }
}
