package io.entwine.store.notification;

import io.entwine.store.DatabaseConfig;
import io.entwine.testkit.EmbeddedPostgresExtension;
import io.entwine.testkit.PostgresDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresNotificationStoreTest extends NotificationStoreContract {
    @RegisterExtension
    static final EmbeddedPostgresExtension PG = new EmbeddedPostgresExtension();

    @Override
    protected DatabaseConfig config() {
        PostgresDatabase db = PG.database();
        return DatabaseConfig.postgres(db.jdbcUrl(), db.user(), db.password());
    }
}
