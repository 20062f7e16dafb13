package io.entwine.store.connection;

import io.entwine.store.DatabaseConfig;
import io.entwine.store.TestDatabases;

class H2ConnectionStoreTest extends ConnectionStoreContract {
    private final DatabaseConfig config = TestDatabases.h2Memory();

    @Override
    protected DatabaseConfig config() {
        return config;
    }
}
