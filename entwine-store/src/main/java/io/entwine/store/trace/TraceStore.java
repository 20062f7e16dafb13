package io.entwine.store.trace;

import io.entwine.store.errors.StoreConflictException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Traces: within a twin and kind, each local id pairs with at most one remote id and vice versa. Bound to one
 * transaction (get it from {@link io.entwine.store.StoreTx#traces()}); not thread-safe; blocking SQL.
 */
public final class TraceStore {
    private static final String COLUMNS = "twin_id, kind, local_id, remote_id";

    private final Handle handle;

    public TraceStore(Handle handle) {
        this.handle = handle;
    }

    /**
     * Records the pair. Idempotent: adding the same pair again changes nothing (also when raced).
     *
     * @throws StoreConflictException when the local or the remote id is already paired with a different id; the
     *         transaction should be rolled back
     */
    public void add(Trace trace) {
        int inserted = handle.createUpdate("INSERT INTO traces (" + COLUMNS + ") VALUES (:twinId, :kind, :localId, :remoteId)"
                        + " ON CONFLICT DO NOTHING")
                .bind("twinId", trace.twinId()).bind("kind", trace.kind())
                .bind("localId", trace.localId()).bind("remoteId", trace.remoteId())
                .execute();
        if (inserted == 1) return;
        List<Trace> clashing = handle.createQuery("SELECT " + COLUMNS + " FROM traces WHERE twin_id = :twinId AND kind = :kind"
                        + " AND (local_id = :localId OR remote_id = :remoteId)")
                .bind("twinId", trace.twinId()).bind("kind", trace.kind())
                .bind("localId", trace.localId()).bind("remoteId", trace.remoteId())
                .map(TraceStore::map).list();
        if (clashing.equals(List.of(trace))) return;
        throw new StoreConflictException("trace " + trace.kind() + " of twin " + trace.twinId() + ": cannot pair local '"
                + trace.localId() + "' with remote '" + trace.remoteId() + "', already stored: " + describe(clashing));
    }

    /** The twin's traces of {@code kind}, in local id order. */
    public List<Trace> forTwin(long twinId, TraceKind kind) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM traces WHERE twin_id = :twinId AND kind = :kind ORDER BY local_id")
                .bind("twinId", twinId).bind("kind", kind)
                .map(TraceStore::map).list();
    }

    /** Remote id to local id for the twin's traces of {@code kind} (iteration in remote id order). */
    public Map<String, String> remoteToLocal(long twinId, TraceKind kind) {
        Map<String, String> map = new LinkedHashMap<>();
        handle.createQuery("SELECT remote_id, local_id FROM traces WHERE twin_id = :twinId AND kind = :kind ORDER BY remote_id")
                .bind("twinId", twinId).bind("kind", kind)
                .map((rs, ctx) -> Map.entry(rs.getString("remote_id"), rs.getString("local_id")))
                .forEach(entry -> map.put(entry.getKey(), entry.getValue()));
        return map;
    }

    /** Forgets the trace of a deleted local sub-object; returns whether one existed. */
    public boolean removeByLocal(long twinId, TraceKind kind, String localId) {
        return handle.createUpdate("DELETE FROM traces WHERE twin_id = :twinId AND kind = :kind AND local_id = :localId")
                .bind("twinId", twinId).bind("kind", kind).bind("localId", localId)
                .execute() == 1;
    }

    private static String describe(List<Trace> traces) {
        StringBuilder text = new StringBuilder();
        for (Trace t : traces) {
            if (text.length() > 0) text.append(", ");
            text.append("local '").append(t.localId()).append("' <-> remote '").append(t.remoteId()).append('\'');
        }
        return text.toString();
    }

    private static Trace map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Trace(rs.getLong("twin_id"), TraceKind.valueOf(rs.getString("kind")), rs.getString("local_id"), rs.getString("remote_id"));
    }
}
