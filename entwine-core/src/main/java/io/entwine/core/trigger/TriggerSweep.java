package io.entwine.core.trigger;

import io.entwine.store.Database;
import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The periodic half of trigger evaluation: runs every connection's triggers and brings matching entities that have
 * no twin yet under sync. This catches entities that came to match without a change notice this node saw (a webhook
 * lost, a trigger set after the entity changed). Blocking; call from one thread at a time.
 */
public final class TriggerSweep {
    private static final Logger log = LoggerFactory.getLogger(TriggerSweep.class);

    private final Database database;
    private final QueryRunner queries;
    private final MatchingSync matching;

    public TriggerSweep(Database database, QueryRunner queries, MatchingSync matching) {
        this.database = database;
        this.queries = queries;
        this.matching = matching;
    }

    /** What a sweep did: how many entities it brought under sync, and whether every connection's triggers ran. */
    public record Result(int brought, boolean complete) {
    }

    /** Runs every connection's triggers; a connection whose query fails is logged and skipped (not complete). */
    public Result sweep() {
        List<Connection> connections = database.inTransaction(tx -> tx.connections().list()).stream()
                .filter(c -> c.status() == ConnectionStatus.ACTIVE || c.status() == ConnectionStatus.PAUSED).toList();
        int brought = 0;
        boolean complete = true;
        for (Connection connection : connections) {
            List<String> triggers = database.inTransaction(tx -> Triggers.get(tx, connection.id()));
            if (triggers.isEmpty()) continue;
            try {
                List<String> fresh = matching.untwinned(connection.id(), queries.keys(triggers));
                if (fresh.isEmpty()) continue;
                matching.bringUnderSync(connection.id(), fresh, "TRIGGER");
                brought += fresh.size();
                log.info("triggers of connection '{}' brought {} entities under sync", connection.name(), fresh.size());
            } catch (RuntimeException e) {
                log.warn("triggers of connection '{}' could not be evaluated: {}", connection.name(), e.getMessage());
                complete = false;
            }
        }
        return new Result(brought, complete);
    }
}
