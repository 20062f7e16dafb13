package io.entwine.store.dialect;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * PostgreSQL: claims in one statement, locking candidates with {@code FOR UPDATE SKIP LOCKED} inside the
 * subquery, so concurrent claimers (threads or processes) take disjoint rows without waiting; a row whose claim
 * committed meanwhile is re-checked against the subquery's conditions and dropped. Without SKIP LOCKED the same
 * UPDATE ... RETURNING double-claimed rows under READ COMMITTED (STACK.md 3.2, and this module's concurrency test).
 * The paused-connection check is a subquery, so connection rows are never locked by a claim.
 */
final class PostgresDialect implements Dialect {
    static final String PRODUCT = "PostgreSQL";

    private static final String CLAIM = ClaimSql.MARK_RUNNING
            + " WHERE id IN (SELECT e.id " + ClaimSql.CANDIDATES
            + ClaimSql.OLDEST_FIRST + " LIMIT :limit FOR UPDATE SKIP LOCKED)"
            + " RETURNING id";

    @Override
    public String name() {
        return PRODUCT;
    }

    @Override
    public boolean supportsSeveralProcesses() {
        return true;
    }

    @Override
    public List<String> migrationLocations() {
        return List.of(ClaimSql.COMMON_LOCATION);
    }

    @Override
    public List<Long> claimEvents(Handle handle, Instant now, int limit, String owner, Instant leaseUntil) {
        return handle.createQuery(CLAIM)
                .bind("now", now)
                .bind("limit", limit)
                .bind("owner", owner)
                .bind("leaseUntil", leaseUntil)
                .mapTo(Long.class)
                .list()
                .stream().sorted().toList();
    }

    @Override
    public String toString() {
        return PRODUCT;
    }
}
