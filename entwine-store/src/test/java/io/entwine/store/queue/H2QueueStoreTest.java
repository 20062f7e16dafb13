package io.entwine.store.queue;

import io.entwine.store.DatabaseConfig;
import io.entwine.store.TestDatabases;

class H2QueueStoreTest extends QueueStoreContract {
    private final DatabaseConfig config = TestDatabases.h2Memory();

    @Override
    protected DatabaseConfig config() {
        return config;
    }
}
