package io.entwine.testkit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL (zonky embedded binaries, PG 17) for tests: the server starts once per test JVM, on first
 * use, and stops when the JUnit run ends; every test class gets its own fresh database, dropped after the class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final EmbeddedPostgresExtension PG = new EmbeddedPostgresExtension();
 * ... DatabaseConfig.postgres(PG.database().jdbcUrl(), PG.database().user(), PG.database().password())
 * }</pre>
 *
 * <p>Register it on a {@code static} field: the class database is created in {@code beforeAll}. The accessors are
 * thread-safe. Starting the server takes about 2 s (4-5 s when the binaries are first extracted to
 * {@code /tmp/embedded-pg}); it runs with {@code fsync=off}, which is only acceptable for tests.
 */
public final class EmbeddedPostgresExtension implements BeforeAllCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EmbeddedPostgresExtension.class);

    private Server server;
    private PostgresDatabase database;
    private HikariDataSource dataSource;
    private final List<PostgresDatabase> created = new ArrayList<>();

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        server = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Server.class.getName(), key -> Server.start(), Server.class);
        database = createDatabase();
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (dataSource != null) {
            dataSource.close();
            dataSource = null;
        }
        for (PostgresDatabase db : created) server.drop(db);
        created.clear();
        database = null;
    }

    /** The fresh database of the current test class. */
    public synchronized PostgresDatabase database() {
        if (database == null) {
            throw new IllegalStateException("EmbeddedPostgresExtension has no class database: register it on a static field "
                    + "with @RegisterExtension and use it from @BeforeAll, @BeforeEach or a test");
        }
        return database;
    }

    /** A pooled (Hikari) {@link DataSource} on the class database, for tests that want plain JDBC. */
    public synchronized DataSource dataSource() {
        if (dataSource == null) {
            PostgresDatabase db = database();
            HikariConfig config = new HikariConfig();
            config.setPoolName("test-" + db.name());
            config.setJdbcUrl(db.jdbcUrl());
            config.setUsername(db.user());
            config.setPassword(db.password());
            config.setMaximumPoolSize(8);
            config.setMinimumIdle(1);
            dataSource = new HikariDataSource(config);
        }
        return dataSource;
    }

    /** Another fresh, empty database on the same server (dropped after the class), for tests needing a second one. */
    public synchronized PostgresDatabase createDatabase() {
        if (server == null) throw new IllegalStateException("EmbeddedPostgresExtension is not started: register it on a static field");
        PostgresDatabase db = server.create();
        created.add(db);
        return db;
    }

    /** The server process of this JVM; closed by JUnit when the root extension context closes (end of the run). */
    static final class Server implements AutoCloseable {
        private static final AtomicInteger DATABASE_NUMBERS = new AtomicInteger();
        private final EmbeddedPostgres postgres;

        private Server(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        static Server start() {
            try {
                return new Server(EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start());
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL server for tests", e);
            }
        }

        PostgresDatabase create() {
            String name = "entwine_test_" + DATABASE_NUMBERS.incrementAndGet();
            execute("CREATE DATABASE " + name);
            return new PostgresDatabase(name, "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name, "postgres", "");
        }

        void drop(PostgresDatabase db) {
            execute("DROP DATABASE IF EXISTS " + db.name() + " WITH (FORCE)");
        }

        private void execute(String sql) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("embedded PostgreSQL refused '" + sql + "': " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }
}
