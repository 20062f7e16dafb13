package io.entwine.store.dialect;

/** The eligibility rule of a claim, shared by both dialects so they cannot drift apart. */
final class ClaimSql {
    private ClaimSql() {
    }

    static final String COMMON_LOCATION = "classpath:db/migration/common";

    /**
     * Candidate events {@code e} joined to their connection {@code c}. Statuses only move forward (DONE is final,
     * FAILED only returns to PENDING while it still blocks its lane) and enqueue serialises each twin's inserts,
     * so a lane head seen in any snapshot is still the head when it is claimed.
     */
    static final String CANDIDATES = """
            FROM sync_events e
            JOIN connections c ON c.id = e.connection_id
            WHERE ((e.status = 'PENDING' AND e.next_attempt_at <= :now)
                   OR (e.status = 'RUNNING' AND e.lease_until <= :now))
              AND c.status != 'PAUSED'
              AND NOT EXISTS (SELECT 1 FROM sync_events p
                              WHERE p.twin_id = e.twin_id AND p.id < e.id
                                AND p.status IN ('PENDING', 'RUNNING', 'FAILED'))
            """;

    /** The same due-ness re-checked on one row at claim time. */
    static final String STILL_DUE = """
            ((status = 'PENDING' AND next_attempt_at <= :now) OR (status = 'RUNNING' AND lease_until <= :now))
            """;

    static final String MARK_RUNNING = """
            UPDATE sync_events
               SET status = 'RUNNING', lease_owner = :owner, lease_until = :leaseUntil,
                   attempts = attempts + 1, updated_at = :now
            """;
}
