package io.entwine.store.queue;

import io.entwine.store.DatabaseConfig;
import io.entwine.store.TestDatabases;
import io.entwine.testkit.EmbeddedPostgresExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two {@code Database}s (two pools, as two processes would have) with two claiming threads each. */
class PostgresQueueConcurrencyTest extends QueueConcurrencyContract {
    @RegisterExtension
    static final EmbeddedPostgresExtension PG = new EmbeddedPostgresExtension();

    @Override
    protected DatabaseConfig config() {
        return TestDatabases.postgres(PG);
    }

    @Override
    protected int processes() {
        return 2;
    }

    @Override
    protected int threadsPerProcess() {
        return 2;
    }
}
