package io.entwine.core.incoming;

import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubWorkLog;
import io.entwine.model.diff.EntityChanges;
import io.entwine.store.Database;
import io.entwine.store.trace.Trace;
import io.entwine.store.trace.TraceKind;
import io.entwine.store.twin.Twin;

import java.util.ArrayList;
import java.util.List;

/**
 * The work log part of {@link TrackerWriter}: the added work logs in one {@link TrackerConnector#addWorkLogs} call,
 * each edited or deleted one by its own call. A work log mirroring one of the other side gets its trace (kind
 * {@code WORKLOG}, remote id to local id) as soon as the tracker returns its id, so {@code workLogHelper} maps it next
 * time; a deleted one loses its trace. {@code written} ends up holding the work logs as stored.
 */
final class WorkLogWriter {
    private WorkLogWriter() {
    }

    /** Writes the work log changes and returns the number of tracker writes made. */
    static int write(Database database, TrackerConnector connector, Twin twin, String key, EntityChanges changes, HubIssue written) {
        int writes = 0;
        List<HubWorkLog> workLogs = new ArrayList<>(written.getWorkLogs());
        if (!changes.addedWorkLogs().isEmpty()) {
            List<HubWorkLog> stored = connector.addWorkLogs(key, changes.addedWorkLogs());
            writes++;
            for (int i = 0; i < changes.addedWorkLogs().size(); i++) {
                HubWorkLog added = changes.addedWorkLogs().get(i);
                HubWorkLog mine = stored.get(i);
                if (added.getRemoteId() != null) {
                    database.useTransaction(tx -> tx.traces().add(new Trace(twin.id(), TraceKind.WORKLOG, mine.getId(), added.getRemoteId())));
                    mine.setRemoteId(added.getRemoteId());
                }
                replace(workLogs, added, mine);
            }
        }
        for (HubWorkLog edited : changes.editedWorkLogs()) {
            HubWorkLog stored = connector.editWorkLog(key, edited);
            writes++;
            stored.setRemoteId(edited.getRemoteId());
            replace(workLogs, edited, stored);
        }
        for (String deleted : changes.deletedWorkLogIds()) {
            connector.deleteWorkLog(key, deleted);
            writes++;
            database.useTransaction(tx -> tx.traces().removeByLocal(twin.id(), TraceKind.WORKLOG, deleted));
        }
        written.setWorkLogs(workLogs);
        return writes;
    }

    private static void replace(List<HubWorkLog> workLogs, HubWorkLog old, HubWorkLog stored) {
        for (int i = 0; i < workLogs.size(); i++) {
            HubWorkLog w = workLogs.get(i);
            boolean same = old.getId() != null ? old.getId().equals(w.getId()) : w.getId() == null && w.equals(old);
            if (same) {
                workLogs.set(i, stored);
                return;
            }
        }
        workLogs.add(stored);
    }
}
