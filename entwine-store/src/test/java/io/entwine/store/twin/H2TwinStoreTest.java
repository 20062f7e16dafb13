package io.entwine.store.twin;

import io.entwine.store.DatabaseConfig;
import io.entwine.store.TestDatabases;

class H2TwinStoreTest extends TwinStoreContract {
    private final DatabaseConfig config = TestDatabases.h2Memory();

    @Override
    protected DatabaseConfig config() {
        return config;
    }
}
