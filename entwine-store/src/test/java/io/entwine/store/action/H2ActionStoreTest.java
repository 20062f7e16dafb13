package io.entwine.store.action;

import io.entwine.store.DatabaseConfig;
import io.entwine.store.TestDatabases;

class H2ActionStoreTest extends ActionStoreContract {
    private final DatabaseConfig config = TestDatabases.h2Memory();

    @Override
    protected DatabaseConfig config() {
        return config;
    }
}
