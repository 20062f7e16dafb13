package io.entwine.store.notification;

import io.entwine.store.DatabaseConfig;
import io.entwine.store.TestDatabases;

class H2NotificationStoreTest extends NotificationStoreContract {
    private final DatabaseConfig config = TestDatabases.h2Memory();

    @Override
    protected DatabaseConfig config() {
        return config;
    }
}
