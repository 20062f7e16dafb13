package io.entwine.store.message;

import io.entwine.store.DatabaseConfig;
import io.entwine.store.TestDatabases;

class H2MessageStoreTest extends MessageStoreContract {
    private final DatabaseConfig config = TestDatabases.h2Memory();

    @Override
    protected DatabaseConfig config() {
        return config;
    }
}
