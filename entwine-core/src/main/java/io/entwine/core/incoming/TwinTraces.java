package io.entwine.core.incoming;

import io.entwine.script.SubObjectTraces;
import io.entwine.store.Database;
import io.entwine.store.trace.TraceKind;

/** Reads a twin's sub-object traces of every kind for an incoming rules run, in one transaction. Blocking. */
final class TwinTraces {
    private TwinTraces() {
    }

    static SubObjectTraces load(Database database, long twinId) {
        return database.inTransaction(tx -> new SubObjectTraces(tx.traces().remoteToLocal(twinId, TraceKind.COMMENT),
                tx.traces().remoteToLocal(twinId, TraceKind.ATTACHMENT), tx.traces().remoteToLocal(twinId, TraceKind.WORKLOG)));
    }
}
