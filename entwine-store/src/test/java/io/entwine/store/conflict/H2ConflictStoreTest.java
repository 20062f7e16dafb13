package io.entwine.store.conflict;

import io.entwine.store.DatabaseConfig;
import io.entwine.store.TestDatabases;

class H2ConflictStoreTest extends ConflictStoreContract {
    private final DatabaseConfig config = TestDatabases.h2Memory();

    @Override
    protected DatabaseConfig config() {
        return config;
    }
}
