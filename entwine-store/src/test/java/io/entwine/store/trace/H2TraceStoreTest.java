package io.entwine.store.trace;

import io.entwine.store.DatabaseConfig;
import io.entwine.store.TestDatabases;

class H2TraceStoreTest extends TraceStoreContract {
    private final DatabaseConfig config = TestDatabases.h2Memory();

    @Override
    protected DatabaseConfig config() {
        return config;
    }
}
