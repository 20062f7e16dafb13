package io.entwine.core.trigger;

import io.entwine.api.connector.ChangedEntity;
import io.entwine.store.Database;
import io.entwine.store.connection.Connection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trigger evaluation on change detection. Running a tracker search per change notice would exhaust the trackers'
 * search limits (GitHub allows 30 searches a minute), so a change of an entity not yet twinned on a connection with
 * triggers only asks for a trigger sweep soon ({@link TriggerDebouncer}): one search per trigger then covers every
 * change of the last moments. Until it runs, such entities are not admitted; twinned entities sync as always.
 * Thread-safe; blocks on the database only.
 */
public final class SyncScope {
    private final Database database;
    private final Runnable requestSweep;

    public SyncScope(Database database, Runnable requestSweep) {
        this.database = database;
        this.requestSweep = requestSweep;
    }

    public Admission admission(List<ChangedEntity> changes, List<Connection> connections) {
        Map<String, Set<String>> matching = new HashMap<>();
        for (Connection connection : connections) {
            List<String> triggers = database.inTransaction(tx -> Triggers.get(tx, connection.id()));
            if (triggers.isEmpty()) continue;
            matching.put(connection.id(), Set.of());
            boolean someNew = database.inTransaction(tx -> changes.stream().anyMatch(ch -> !ch.deleted()
                    && tx.twins().findByLocalKey(connection.id(), ch.key()).isEmpty()));
            if (someNew) requestSweep.run();
        }
        return new Admission(matching);
    }
}
