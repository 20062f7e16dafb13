package io.entwine.store.twin;

import io.entwine.store.errors.StoreUnavailableException;
import io.entwine.store.internal.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Twins: one row per (connection, local key) and per (connection, remote key). Bound to one transaction (get it
 * from {@link io.entwine.store.StoreTx#twins()}); not thread-safe; blocking SQL. Setters stamp {@code updated_at}
 * from the database's clock and return whether the twin existed; a key already used by another twin of the
 * connection fails the transaction with {@link io.entwine.store.errors.StoreConflictException}.
 */
public final class TwinStore {
    private static final String COLUMNS = "id, connection_id, local_key, remote_key, remote_url, state, last_sent_replica,"
            + " last_received_replica, last_local_update, created_at, updated_at";
    /** Re-reads after losing an insert race; the winner's row is visible once its transaction commits. */
    private static final int GET_OR_CREATE_ATTEMPTS = 5;

    private final Handle handle;
    private final Clock clock;

    public TwinStore(Handle handle, Clock clock) {
        this.handle = handle;
        this.clock = clock;
    }

    /**
     * The twin of {@code localKey}, created (ACTIVE, no remote key) when there is none. Race-safe across threads and
     * processes: concurrent callers get the same row (insert-or-select on the unique key; a loser waits for the
     * winner's commit).
     *
     * @throws StoreUnavailableException when the row neither inserts nor reads back after a few attempts
     */
    public Twin getOrCreateByLocalKey(String connectionId, String localKey, Instant now) {
        return getOrCreate(connectionId, "local_key", localKey, now);
    }

    /** The twin of {@code remoteKey}, created (ACTIVE, no local key) when there is none; race-safe like {@link #getOrCreateByLocalKey}. */
    public Twin getOrCreateByRemoteKey(String connectionId, String remoteKey, Instant now) {
        return getOrCreate(connectionId, "remote_key", remoteKey, now);
    }

    private Twin getOrCreate(String connectionId, String keyColumn, String key, Instant now) {
        for (int attempt = 1; attempt <= GET_OR_CREATE_ATTEMPTS; attempt++) {
            Optional<Twin> existing = findByKey(connectionId, keyColumn, key);
            if (existing.isPresent()) return existing.get();
            handle.createUpdate("INSERT INTO twins (connection_id, " + keyColumn + ", state, created_at, updated_at)"
                            + " VALUES (:connectionId, :key, :state, :now, :now) ON CONFLICT DO NOTHING")
                    .bind("connectionId", connectionId).bind("key", key).bind("state", TwinState.ACTIVE).bind("now", now)
                    .execute();
        }
        throw new StoreUnavailableException("get or create twin for " + keyColumn + " '" + key + "' on connection '"
                + connectionId + "': no row after " + GET_OR_CREATE_ATTEMPTS + " insert attempts; will succeed on retry", null);
    }

    public Optional<Twin> find(long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM twins WHERE id = :id")
                .bind("id", id).map(TwinStore::map).findOne();
    }

    public Optional<Twin> findByLocalKey(String connectionId, String localKey) {
        return findByKey(connectionId, "local_key", localKey);
    }

    public Optional<Twin> findByRemoteKey(String connectionId, String remoteKey) {
        return findByKey(connectionId, "remote_key", remoteKey);
    }

    private Optional<Twin> findByKey(String connectionId, String keyColumn, String key) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM twins WHERE connection_id = :connectionId AND " + keyColumn + " = :key")
                .bind("connectionId", connectionId).bind("key", key)
                .map(TwinStore::map).findOne();
    }

    public boolean setLocalKey(long id, String localKey) {
        return set(id, "local_key", localKey, String.class);
    }

    public boolean setRemote(long id, String remoteKey, String remoteUrl) {
        return handle.createUpdate("UPDATE twins SET remote_key = :remoteKey, remote_url = :remoteUrl, updated_at = :now WHERE id = :id")
                .bind("id", id).bind("remoteKey", remoteKey).bind("remoteUrl", remoteUrl).bind("now", clock.instant())
                .execute() == 1;
    }

    /** The replica JSON last sent to the peer (the baseline for echo suppression and diffs). */
    public boolean setLastSent(long id, String replicaJson) {
        return set(id, "last_sent_replica", replicaJson, String.class);
    }

    /** The replica JSON last received from the peer (the "previous" replica of the next incoming run). */
    public boolean setLastReceived(long id, String replicaJson) {
        return set(id, "last_received_replica", replicaJson, String.class);
    }

    public boolean setLastLocalUpdate(long id, Instant lastLocalUpdate) {
        return set(id, "last_local_update", lastLocalUpdate, Instant.class);
    }

    public boolean setState(long id, TwinState state) {
        return set(id, "state", state, TwinState.class);
    }

    private <T> boolean set(long id, String column, T value, Class<T> type) {
        return handle.createUpdate("UPDATE twins SET " + column + " = :value, updated_at = :now WHERE id = :id")
                .bind("id", id).bindByType("value", value, type).bind("now", clock.instant())
                .execute() == 1;
    }

    /** A page of the connection's twins with {@code id > afterId}, by id (start with {@code afterId = 0}). */
    public List<Twin> list(String connectionId, int limit, long afterId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM twins WHERE connection_id = :connectionId AND id > :afterId"
                        + " ORDER BY id LIMIT :limit")
                .bind("connectionId", connectionId).bind("afterId", afterId).bind("limit", limit)
                .map(TwinStore::map).list();
    }

    public long count(String connectionId) {
        return handle.createQuery("SELECT COUNT(*) FROM twins WHERE connection_id = :connectionId")
                .bind("connectionId", connectionId).mapTo(Long.class).one();
    }

    private static Twin map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Twin(
                rs.getLong("id"),
                rs.getString("connection_id"),
                rs.getString("local_key"),
                rs.getString("remote_key"),
                rs.getString("remote_url"),
                TwinState.valueOf(rs.getString("state")),
                rs.getString("last_sent_replica"),
                rs.getString("last_received_replica"),
                Rows.instant(rs, "last_local_update"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}
