package io.entwine.store.bulk;

import io.entwine.store.DatabaseConfig;
import io.entwine.store.TestDatabases;

class H2BulkJobStoreTest extends BulkJobStoreContract {
    private final DatabaseConfig config = TestDatabases.h2Memory();

    @Override
    protected DatabaseConfig config() {
        return config;
    }
}
