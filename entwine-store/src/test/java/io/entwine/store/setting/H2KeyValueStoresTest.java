package io.entwine.store.setting;

import io.entwine.store.DatabaseConfig;
import io.entwine.store.TestDatabases;

class H2KeyValueStoresTest extends KeyValueStoresContract {
    private final DatabaseConfig config = TestDatabases.h2Memory();

    @Override
    protected DatabaseConfig config() {
        return config;
    }
}
