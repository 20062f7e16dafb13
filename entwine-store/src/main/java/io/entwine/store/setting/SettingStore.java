package io.entwine.store.setting;

import io.entwine.store.internal.KeyValueTable;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Node-wide key/value settings (node id, fingerprint parts, sync control...). Bound to one transaction (get it
 * from {@link io.entwine.store.StoreTx#settings()}); not thread-safe; blocking SQL.
 */
public final class SettingStore {
    private final KeyValueTable table;
    private final Clock clock;

    public SettingStore(Handle handle, Clock clock) {
        this.table = new KeyValueTable(handle, "settings");
        this.clock = clock;
    }

    public Optional<String> get(String name) {
        return table.get(name);
    }

    /** Sets the value (last writer wins). */
    public void put(String name, String value) {
        table.put(name, value, clock.instant());
    }
}
