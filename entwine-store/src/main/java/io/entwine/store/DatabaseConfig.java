package io.entwine.store;

import io.entwine.api.errors.ConfigException;
import java.nio.file.Path;

/**
 * Where the node's database is and how many connections to pool. {@link #toString()} leaves the password out.
 *
 * @param jdbcUrl     H2 ({@code jdbc:h2:...}, always in PostgreSQL mode) or PostgreSQL ({@code jdbc:postgresql:...})
 * @param maxPoolSize connections the pool may open (at least 1)
 */
public record DatabaseConfig(String jdbcUrl, String user, String password, int maxPoolSize) {
    /** Pool size of the factories: enough for a handful of workers plus the REST API. */
    public static final int DEFAULT_POOL_SIZE = 10;

    /**
     * H2 settings every H2 URL of the store carries: PostgreSQL mode and lower-case names so the same migrations and
     * SQL run on both databases, and NULLs sorting last as in PostgreSQL.
     */
    public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    public DatabaseConfig {
        if (jdbcUrl == null || jdbcUrl.isBlank()) throw new ConfigException("database jdbcUrl is required");
        if (maxPoolSize < 1) throw new ConfigException("database maxPoolSize must be at least 1, was " + maxPoolSize);
    }

    /** The embedded default: an H2 file database {@code entwine.mv.db} in {@code dataDir} (created when missing). */
    public static DatabaseConfig h2File(Path dataDir) {
        // WRITE_DELAY=0: H2 otherwise writes commits in the background up to half a second later, and a killed
        // process would lose work the node already acknowledged (a webhook answered, a peer message taken)
        return new DatabaseConfig("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("entwine") + H2_OPTIONS + ";WRITE_DELAY=0",
                "sa", "", DEFAULT_POOL_SIZE);
    }

    /**
     * A private in-memory H2 database named {@code name}, kept until the JVM exits (for tests and demos); several
     * {@link Database} instances opened with the same name share it.
     */
    public static DatabaseConfig h2Memory(String name) {
        return new DatabaseConfig("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS, "sa", "", DEFAULT_POOL_SIZE);
    }

    /** A PostgreSQL database, e.g. {@code jdbc:postgresql://db:5432/entwine}. */
    public static DatabaseConfig postgres(String jdbcUrl, String user, String password) {
        return new DatabaseConfig(jdbcUrl, user, password, DEFAULT_POOL_SIZE);
    }

    /**
     * True for an embedded H2 file database without {@code AUTO_SERVER}: one process at a time can open it, so when it
     * is opened no other process can be working on it.
     */
    public boolean singleProcess() {
        String url = jdbcUrl.toUpperCase(java.util.Locale.ROOT);
        return url.startsWith("JDBC:H2:FILE:") && !url.contains("AUTO_SERVER=TRUE");
    }

    public DatabaseConfig withMaxPoolSize(int size) {
        return new DatabaseConfig(jdbcUrl, user, password, size);
    }

    @Override
    public String toString() {
        return "DatabaseConfig[jdbcUrl=" + jdbcUrl + ", user=" + user + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
