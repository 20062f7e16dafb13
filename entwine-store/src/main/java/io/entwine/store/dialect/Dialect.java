package io.entwine.store.dialect;

import io.entwine.api.errors.ConfigException;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * What differs between the databases the store runs on; the only place allowed to know which one it is.
 * Chosen once per {@link io.entwine.store.Database} by {@link #detect(DatabaseMetaData)}. Implementations are
 * stateless and thread-safe.
 */
public interface Dialect {

    /** The product name as JDBC reports it ({@code "H2"}, {@code "PostgreSQL"}). */
    String name();

    /**
     * Whether several processes may share this database and claim work concurrently. H2 (embedded file) is
     * single-process; PostgreSQL is the multi-process production database.
     */
    boolean supportsSeveralProcesses();

    /** Flyway locations to migrate, the dialect-neutral {@code db/migration/common} first. */
    List<String> migrationLocations();

    /**
     * Claims due sync events inside the caller's transaction and returns their ids (ascending).
     * Eligible: PENDING with {@code next_attempt_at <= now}, or RUNNING with {@code lease_until <= now}; head of its
     * twin's lane (no earlier event of the twin PENDING, RUNNING or FAILED); its connection not PAUSED and without an
     * open CONNECTION-level error. Claimed
     * events become RUNNING with {@code lease_owner = owner}, {@code lease_until = leaseUntil} and one more attempt.
     * Safe against concurrent claimers: an event is never handed to two of them, and a lane never has two events
     * RUNNING under live leases. May return fewer than {@code limit} (even none) under contention.
     */
    List<Long> claimEvents(Handle handle, Instant now, int limit, String owner, Instant leaseUntil);

    /**
     * Picks the dialect of the database behind {@code metaData}.
     *
     * @throws ConfigException when the product is neither H2 nor PostgreSQL
     */
    static Dialect detect(DatabaseMetaData metaData) {
        String product;
        try {
            product = metaData.getDatabaseProductName();
        } catch (SQLException e) {
            throw new ConfigException("could not read the database product name to choose the SQL dialect: " + e.getMessage(), e);
        }
        if (H2Dialect.PRODUCT.equalsIgnoreCase(product)) return new H2Dialect();
        if (PostgresDialect.PRODUCT.equalsIgnoreCase(product)) return new PostgresDialect();
        throw new ConfigException("unsupported database '" + product + "': Entwine runs on H2 (embedded) or PostgreSQL");
    }
}
