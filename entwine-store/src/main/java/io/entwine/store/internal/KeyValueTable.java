package io.entwine.store.internal;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Get and last-writer-wins put on a {@code (name PRIMARY KEY, text_value, updated_at)} table, race-safe on both
 * databases without a dialect-specific upsert: update, else insert-if-absent, else update the row a
 * concurrent writer just inserted.
 */
public final class KeyValueTable {
    private final Handle handle;
    private final String table;

    /** {@code table} must be a constant of the store, never user input. */
    public KeyValueTable(Handle handle, String table) {
        this.handle = handle;
        this.table = table;
    }

    public Optional<String> get(String name) {
        return handle.createQuery("SELECT text_value FROM " + table + " WHERE name = :name")
                .bind("name", name)
                .mapTo(String.class)
                .findOne();
    }

    public void put(String name, String value, Instant now) {
        if (update(name, value, now) > 0) return;
        int inserted = handle.createUpdate("INSERT INTO " + table + " (name, text_value, updated_at) VALUES (:name, :value, :now)"
                        + " ON CONFLICT DO NOTHING")
                .bind("name", name).bind("value", value).bind("now", now)
                .execute();
        if (inserted == 0) update(name, value, now);
    }

    private int update(String name, String value, Instant now) {
        return handle.createUpdate("UPDATE " + table + " SET text_value = :value, updated_at = :now WHERE name = :name")
                .bind("name", name).bind("value", value).bind("now", now)
                .execute();
    }
}
