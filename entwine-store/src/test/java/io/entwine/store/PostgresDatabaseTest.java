package io.entwine.store;

import io.entwine.testkit.EmbeddedPostgresExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresDatabaseTest extends DatabaseContract {
    @RegisterExtension
    static final EmbeddedPostgresExtension PG = new EmbeddedPostgresExtension();

    @Override
    protected DatabaseConfig config() {
        return TestDatabases.postgres(PG);
    }

    @Override
    protected String expectedDialect() {
        return "PostgreSQL";
    }
}
