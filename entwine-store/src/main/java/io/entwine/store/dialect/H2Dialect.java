package io.entwine.store.dialect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * H2 (embedded, one process): reads candidates, then claims each with a compare-and-set UPDATE that re-checks
 * its status. H2 accepts {@code SKIP LOCKED} but applies LIMIT before skipping (a second claimer gets nothing,
 * STACK.md 3.2), so it is not used. H2 makes a CAS wait for a concurrent claimer's commit and then re-evaluates
 * it, so the loser sees 0 rows.
 */
final class H2Dialect implements Dialect {
    static final String PRODUCT = "H2";

    /** Claimers of one process read the same oldest candidates; fetch extra so losing a few CAS still fills the batch. */
    private static final int EXTRA_CANDIDATES = 16;

    private static final String CANDIDATE_IDS = "SELECT e.id " + ClaimSql.CANDIDATES + ClaimSql.OLDEST_FIRST + " LIMIT :fetch";
    private static final String CLAIM_ONE = ClaimSql.MARK_RUNNING + " WHERE id = :id AND " + ClaimSql.STILL_DUE;

    @Override
    public String name() {
        return PRODUCT;
    }

    @Override
    public boolean supportsSeveralProcesses() {
        return false;
    }

    @Override
    public List<String> migrationLocations() {
        return List.of(ClaimSql.COMMON_LOCATION);
    }

    @Override
    public List<Long> claimEvents(Handle handle, Instant now, int limit, String owner, Instant leaseUntil) {
        List<Long> candidates = handle.createQuery(CANDIDATE_IDS)
                .bind("now", now)
                .bind("fetch", limit * 2 + EXTRA_CANDIDATES)
                .mapTo(Long.class)
                .list();
        List<Long> claimed = new ArrayList<>(Math.min(limit, candidates.size()));
        for (Long id : candidates) {
            if (claimed.size() == limit) break;
            int updated = handle.createUpdate(CLAIM_ONE)
                    .bind("id", id)
                    .bind("now", now)
                    .bind("owner", owner)
                    .bind("leaseUntil", leaseUntil)
                    .execute();
            if (updated == 1) claimed.add(id);
        }
        return claimed;
    }

    @Override
    public String toString() {
        return PRODUCT;
    }
}
