package io.entwine.store.errorlog;

import io.entwine.store.DatabaseConfig;
import io.entwine.store.TestDatabases;

class H2ErrorStoreTest extends ErrorStoreContract {
    private final DatabaseConfig config = TestDatabases.h2Memory();

    @Override
    protected DatabaseConfig config() {
        return config;
    }
}
