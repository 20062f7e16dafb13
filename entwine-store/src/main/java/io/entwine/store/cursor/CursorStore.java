package io.entwine.store.cursor;

import io.entwine.store.internal.KeyValueTable;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Named polling cursors (watermarks of change feeds), opaque strings. Bound to one transaction (get it from
 * {@link io.entwine.store.StoreTx#cursors()}); not thread-safe; blocking SQL. Store the cursor in the transaction
 * that enqueues what was read up to it.
 */
public final class CursorStore {
    private final KeyValueTable table;

    public CursorStore(Handle handle) {
        this.table = new KeyValueTable(handle, "cursors");
    }

    public Optional<String> get(String name) {
        return table.get(name);
    }

    /** Sets the cursor (last writer wins). */
    public void put(String name, String value, Instant now) {
        table.put(name, value, now);
    }
}
