package io.entwine.core.trigger;

import io.entwine.api.connector.ChangedEntity;
import io.entwine.store.Database;
import io.entwine.store.connection.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates triggers for change detection: before a batch of changes is queued, it runs the triggers of each
 * connection that has entities in the batch without a twin yet (only then: changes of twinned entities cost no
 * search). Runs outside any transaction since it calls the tracker. Thread-safe; blocking.
 */
public final class SyncScope {
    private static final Logger log = LoggerFactory.getLogger(SyncScope.class);

    private final Database database;
    private final QueryRunner queries;

    public SyncScope(Database database, QueryRunner queries) {
        this.database = database;
        this.queries = queries;
    }

    public Admission admission(List<ChangedEntity> changes, List<Connection> connections) {
        Map<String, Set<String>> matching = new HashMap<>();
        for (Connection connection : connections) {
            List<String> triggers = database.inTransaction(tx -> Triggers.get(tx, connection.id()));
            if (triggers.isEmpty()) continue;
            boolean someNew = database.inTransaction(tx -> changes.stream().anyMatch(ch -> !ch.deleted()
                    && tx.twins().findByLocalKey(connection.id(), ch.key()).isEmpty()));
            if (!someNew) {
                matching.put(connection.id(), Set.of());
                continue;
            }
            try {
                matching.put(connection.id(), queries.keys(triggers));
            } catch (RuntimeException e) {
                // untwinned entities wait for the periodic trigger sweep rather than failing the whole batch
                log.warn("triggers of connection '{}' could not be evaluated: {}; new entities wait for the next sweep",
                        connection.name(), e.getMessage());
                matching.put(connection.id(), Set.of());
            }
        }
        return new Admission(matching);
    }
}
