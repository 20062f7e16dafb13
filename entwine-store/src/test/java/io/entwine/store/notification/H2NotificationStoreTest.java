package io.entwine.store.notification;

import io.entwine.store.DatabaseConfig;
import java.util.UUID;

class H2NotificationStoreTest extends NotificationStoreContract {
    private final DatabaseConfig config = DatabaseConfig.h2Memory("test-" + UUID.randomUUID());

    @Override
    protected DatabaseConfig config() {
        return config;
    }
}
