package io.entwine.core.actions;

import io.entwine.api.connector.EntityRef;
import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.replica.HubIssue;
import io.entwine.script.EntityStore;
import io.entwine.script.RuleServices;
import io.entwine.script.SubObjectTraces;
import io.entwine.store.Database;
import io.entwine.store.trace.TraceKind;

/**
 * The per-run parts of the services rules see: {@code store(issue)} for the run that may write, a store that writes
 * nothing for the merge's run on the previous replica, the twin's sub-object traces and the {@code entityType}.
 * Thread-safe.
 */
public final class RunServices {
    private final Database database;

    public RunServices(Database database) {
        this.database = database;
    }

    /** The connection's services with {@code store} writing through {@code store} and the entity's type. */
    public static RuleServices withStore(RuleServices base, EntityStore store, HubIssue local) {
        return new RuleServices(base.connector(), base.connectionName(), base.localNodeName(), base.remoteNodeName(),
                base.log(), local.getEntityType(), base.twins(), store);
    }

    /**
     * Services for the merge's run on the previous replica: it must leave no trace anywhere, so {@code store}
     * writes nothing and answers the entity's existing reference (that run happens only when the entity exists).
     */
    public static RuleServices sideEffectFree(RuleServices base, HubIssue local, TrackerConnector connector) {
        EntityStore readOnly = issue -> new EntityRef(local.getKey(), local.getId(),
                local.getUrl() != null ? local.getUrl() : connector.browseUrl(local.getKey()), local.getUpdated());
        return withStore(base, readOnly, local);
    }

    /** The twin's comment, attachment and work log traces (remote id -> local id). */
    public SubObjectTraces traces(long twinId) {
        return database.inTransaction(tx -> new SubObjectTraces(tx.traces().remoteToLocal(twinId, TraceKind.COMMENT),
                tx.traces().remoteToLocal(twinId, TraceKind.ATTACHMENT), tx.traces().remoteToLocal(twinId, TraceKind.WORKLOG)));
    }
}
