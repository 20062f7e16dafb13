package io.entwine.store.dialect;

/** The eligibility rule of a claim, shared by both dialects so they cannot drift apart. */
final class ClaimSql {
    private ClaimSql() {
    }

    static final String COMMON_LOCATION = "classpath:db/migration/common";

    /**
     * Candidate events {@code e}: due lane heads of connections that are neither paused nor held by an open
     * connection-level error (an error in the connection's rules or credentials waits for an admin's retry or skip
     * before any event of that connection runs; events keep being queued meanwhile). {@code lane_head} only turns
     * TRUE once every earlier event of the twin is DONE (committed together, under the twin's lock), and only turns
     * FALSE with the event itself becoming DONE, so a head seen in any snapshot may safely be claimed.
     */
    static final String CANDIDATES = """
            FROM sync_events e
            WHERE e.lane_head = TRUE
              AND ((e.status = 'PENDING' AND e.next_attempt_at <= :now)
                   OR (e.status = 'RUNNING' AND e.lease_until <= :now))
              AND NOT EXISTS (SELECT 1 FROM connections c WHERE c.id = e.connection_id AND c.status = 'PAUSED')
              AND NOT EXISTS (SELECT 1 FROM sync_errors x WHERE x.connection_id = e.connection_id
                              AND x.level = 'CONNECTION' AND x.status = 'OPEN')
            """;

    /**
     * Oldest first. {@code lane_head} is constant among candidates; naming it lets H2 read the
     * {@code (lane_head, id)} index in order and stop at the limit instead of sorting every lane head.
     */
    static final String OLDEST_FIRST = " ORDER BY e.lane_head, e.id";

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
