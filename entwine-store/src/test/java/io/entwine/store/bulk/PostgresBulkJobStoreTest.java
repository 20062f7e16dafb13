package io.entwine.store.bulk;

import io.entwine.store.DatabaseConfig;
import io.entwine.store.TestDatabases;
import io.entwine.testkit.EmbeddedPostgresExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresBulkJobStoreTest extends BulkJobStoreContract {
    @RegisterExtension
    static final EmbeddedPostgresExtension PG = new EmbeddedPostgresExtension();

    @Override
    protected DatabaseConfig config() {
        return TestDatabases.postgres(PG);
    }
}
