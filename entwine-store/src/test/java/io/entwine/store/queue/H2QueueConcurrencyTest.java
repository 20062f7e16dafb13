package io.entwine.store.queue;

import io.entwine.store.DatabaseConfig;
import io.entwine.store.TestDatabases;

/** H2 is single-process: four claiming threads on one {@code Database}. */
class H2QueueConcurrencyTest extends QueueConcurrencyContract {
    private final DatabaseConfig config = TestDatabases.h2Memory();

    @Override
    protected DatabaseConfig config() {
        return config;
    }

    @Override
    protected int processes() {
        return 4;
    }

    @Override
    protected int threadsPerProcess() {
        return 4;
    }
}
