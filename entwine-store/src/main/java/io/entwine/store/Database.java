package io.entwine.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.entwine.store.crypto.SecretCipher;
import io.entwine.store.crypto.SecretKeySource;
import io.entwine.store.dialect.Dialect;
import io.entwine.store.errors.StoreException;
import io.entwine.store.errors.StoreUnavailableException;
import io.entwine.store.internal.CreateDatabaseIdentity;
import io.entwine.store.internal.JdbiFactory;
import io.entwine.store.internal.StoreFailures;
import io.entwine.store.internal.UnlockSecrets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's database: a connection pool, migrated on open, handing out transactions. Thread-safe: any number of
 * threads may run transactions at once (each takes a pooled connection, blocking up to 30 s for one). Several
 * {@code Database}s (processes) may share one PostgreSQL database; H2 is for one process.
 *
 * <p>Failures of the database surface as {@link io.entwine.store.errors} exceptions at the transaction boundary:
 * {@link StoreUnavailableException} (retriable: no connection, deadlock, lock timeout), and permanent
 * {@link io.entwine.store.errors.StoreConflictException} / {@link StoreException}.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Clock clock;
    private final String databaseId;
    private final SecretCipher cipher;

    private Database(HikariDataSource dataSource, Dialect dialect, Clock clock, SecretKeySource keys) {
        this.dataSource = dataSource;
        this.jdbi = JdbiFactory.create(dataSource);
        this.dialect = dialect;
        this.clock = clock;
        this.databaseId = withTransaction("reading the database id", handle ->
                handle.createQuery("SELECT database_id FROM database_identity WHERE singleton = 1").mapTo(String.class).one());
        this.cipher = withTransaction("unlocking the stored secrets", handle -> UnlockSecrets.unlock(handle, clock, keys));
    }

    /**
     * Opens the database with the system UTC clock and the JVM's {@link SecretKeySource#inMemory() in-memory key};
     * see {@link #open(DatabaseConfig, Clock, SecretKeySource)}.
     */
    public static Database open(DatabaseConfig config) {
        return open(config, Clock.systemUTC());
    }

    /**
     * Opens the database with the JVM's {@link SecretKeySource#inMemory() in-memory key}: for tests and in-memory
     * databases; a node passes its {@link io.entwine.store.crypto.KeyFile}. See {@link #open(DatabaseConfig, Clock, SecretKeySource)}.
     */
    public static Database open(DatabaseConfig config, Clock clock) {
        return open(config, clock, SecretKeySource.inMemory());
    }

    /**
     * Opens a pool on {@code config}, detects the dialect, runs pending migrations (blocking; concurrent openers
     * of one PostgreSQL database wait for each other) and unlocks the stored secrets with the key from {@code keys}
     * (created there when missing and nothing sealed needs an old key; secrets an earlier version stored in plain
     * text are sealed now). {@code clock} stamps {@code updated_at} columns where the API takes no explicit time.
     * Several processes sharing one PostgreSQL database need copies of the same key.
     *
     * @throws StoreUnavailableException when the database cannot be reached
     * @throws StoreException when migrating fails (the database is left as Flyway left it)
     * @throws io.entwine.api.errors.ConfigException when the database is neither H2 nor PostgreSQL, or holds sealed
     *         secrets and the key is missing or is not the key that sealed them (the message names the key source)
     */
    public static Database open(DatabaseConfig config, Clock clock, SecretKeySource keys) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(keys, "keys");
        HikariDataSource dataSource = createPool(config);
        try {
            Dialect dialect = detectDialect(dataSource, config);
            migrate(dataSource, dialect, config);
            Database database = new Database(dataSource, dialect, clock, keys);
            log.info("Opened {} database {} (id {}), secrets sealed with key {}", dialect.name(), config.jdbcUrl(),
                    database.databaseId, database.cipher.fingerprint());
            if (config.singleProcess()) releaseLeftovers(database, clock);
            return database;
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * Events still RUNNING in a database only this process can open were claimed by a process that died (kill -9,
     * power loss) before finishing them: their leases would keep them waiting for minutes, so they end now and the
     * workers take them again at once (the handlers are idempotent: that is what a lease expiry relies on too).
     */
    private static void releaseLeftovers(Database database, Clock clock) {
        int released = database.inTransaction(tx -> tx.queue().expireLeases(clock.instant()));
        if (released > 0) log.info("{} events were running when the last process using this database stopped; they run again now", released);
    }

    private static HikariDataSource createPool(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("entwine-store");
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setMinimumIdle(Math.min(2, config.maxPoolSize()));
        hikari.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        hikari.setAutoCommit(true);
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("cannot connect to the database " + config + ": " + e.getMessage(), e);
        }
    }

    private static Dialect detectDialect(DataSource dataSource, DatabaseConfig config) {
        try (Connection connection = dataSource.getConnection()) {
            return Dialect.detect(connection.getMetaData());
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot connect to the database " + config + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(DataSource dataSource, Dialect dialect, DatabaseConfig config) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(dialect.migrationLocations().toArray(String[]::new))
                    .javaMigrations(new CreateDatabaseIdentity())
                    .failOnMissingLocations(true)
                    .cleanDisabled(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("migrating the database " + config + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} in one transaction (READ COMMITTED) and commits; rolls back when it throws and rethrows
     * (the work's own exceptions unchanged, database failures translated, see the class comment). Blocks the calling
     * thread. Do not nest: an inner call would run in a second, independent transaction. Let database errors raised
     * inside the work propagate: after one, PostgreSQL refuses every further statement of the transaction.
     */
    public <T> T inTransaction(Function<StoreTx, T> work) {
        Objects.requireNonNull(work, "work");
        return withTransaction("database transaction", handle -> work.apply(new StoreTx(handle, dialect, clock, cipher)));
    }

    /** {@link #inTransaction} without a result. */
    public void useTransaction(Consumer<StoreTx> work) {
        Objects.requireNonNull(work, "work");
        inTransaction(tx -> {
            work.accept(tx);
            return null;
        });
    }

    private <T> T withTransaction(String what, HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.inTransaction(callback);
        } catch (JdbiException e) {
            throw StoreFailures.translate(e, what);
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The random id the first migration gave this database (the same in every copy of it). */
    public String databaseId() {
        return databaseId;
    }

    /** The pool, for libraries that need a plain {@link DataSource} (e.g. a cluster scheduler); do not close it. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Closes the pool; running transactions finish first or fail. Idempotent. */
    @Override
    public void close() {
        dataSource.close();
    }
}
