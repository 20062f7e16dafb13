package io.entwine.store;

import io.entwine.testkit.EmbeddedPostgresExtension;
import io.entwine.testkit.PostgresDatabase;
import java.util.UUID;

/** The database configurations the backend-specific test classes provide to the contracts. */
public final class TestDatabases {
    private TestDatabases() {
    }

    /** A fresh private in-memory H2 database (in PostgreSQL mode, as in production). */
    public static DatabaseConfig h2Memory() {
        return DatabaseConfig.h2Memory("test-" + UUID.randomUUID());
    }

    /** The class database of the embedded PostgreSQL server. */
    public static DatabaseConfig postgres(EmbeddedPostgresExtension pg) {
        PostgresDatabase db = pg.database();
        return DatabaseConfig.postgres(db.jdbcUrl(), db.user(), db.password());
    }
}
