package io.entwine.core.detect;

import io.entwine.api.connector.ChangePage;
import io.entwine.api.connector.TrackerConnector;
import io.entwine.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Optional;

/**
 * One polling sweep over the connector's scope, from the persisted cursor to the present. The cursor is
 * saved only after the page's changes are queued, so a crash mid-sweep re-reads (never skips) changes.
 * The first sweep of a new node starts at the beginning: that is the initial sync.
 */
public final class PollingSweep {
    private static final Logger log = LoggerFactory.getLogger(PollingSweep.class);

    private final TrackerConnector connector;
    private final ChangeIntake intake;
    private final Database database;
    private final Clock clock;
    private final String cursorName;
    private final int pageSize;

    public PollingSweep(TrackerConnector connector, ChangeIntake intake, Database database, Clock clock, int pageSize) {
        this.connector = connector;
        this.intake = intake;
        this.database = database;
        this.clock = clock;
        this.cursorName = cursorName(connector.kind());
        this.pageSize = pageSize;
    }

    /** The cursor of a connector kind's sweep; clearing it (empty value) makes the next sweep start from the beginning. */
    public static String cursorName(String connectorKind) {
        return "poll:" + connectorKind;
    }

    /**
     * Runs one sweep; returns the number of local-change events it queued. Without a connection there is
     * nobody to sync to, so nothing is read and the cursor stays where it is.
     */
    public int sweep() {
        if (!intake.hasTargets()) return 0;
        int queued = 0;
        Optional<String> stored = database.inTransaction(tx -> tx.cursors().get(cursorName));
        String cursor = stored.filter(c -> !c.isBlank()).orElse(null);
        while (true) {
            ChangePage page = connector.changesSince(cursor, pageSize);
            queued += intake.accept(page.changes(), ChangeSource.POLL);
            String next = page.nextCursor();
            if (next != null && !next.equals(cursor)) {
                database.useTransaction(tx -> tx.cursors().put(cursorName, next, clock.instant()));
                cursor = next;
            }
            if (!page.hasMore()) break;
        }
        if (queued > 0) log.info("polling sweep queued {} changes", queued);
        return queued;
    }
}
