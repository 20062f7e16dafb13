package io.entwine.core.actions;

import io.entwine.script.TwinLookup;
import io.entwine.store.Database;
import io.entwine.store.StoreTx;
import io.entwine.store.twin.Twin;

import java.util.Optional;

/**
 * Twin look-ups of one connection for rules, over the twin store: the other side's entity is found by its key or by
 * its internal id (recorded when its replicas are applied). Thread-safe; each look-up is one short read transaction.
 */
public final class StoreTwinLookup implements TwinLookup {
    private final Database database;
    private final String connectionId;
    private final String remoteTrackerUrl;

    /** @param remoteTrackerUrl the other side's tracker base URL when known, else null */
    public StoreTwinLookup(Database database, String connectionId, String remoteTrackerUrl) {
        this.database = database;
        this.connectionId = connectionId;
        this.remoteTrackerUrl = remoteTrackerUrl;
    }

    @Override
    public Optional<TwinRef> byRemote(String remoteIdOrKey, String entityType) {
        if (remoteIdOrKey == null) return Optional.empty();
        return database.inTransaction(tx -> byRemote(tx, connectionId, remoteIdOrKey).map(t -> ref(tx, t)));
    }

    @Override
    public Optional<TwinRef> byLocal(String localKey) {
        if (localKey == null) return Optional.empty();
        return database.inTransaction(tx -> tx.twins().findByLocalKey(connectionId, localKey).map(t -> ref(tx, t)));
    }

    @Override
    public String remoteTrackerUrl() {
        return remoteTrackerUrl;
    }

    /** The twin whose remote entity has this key, else this internal id. */
    static Optional<Twin> byRemote(StoreTx tx, String connectionId, String remoteIdOrKey) {
        Optional<Twin> byKey = tx.twins().findByRemoteKey(connectionId, remoteIdOrKey);
        if (byKey.isPresent()) return byKey;
        return tx.actions().twinByRemoteId(connectionId, remoteIdOrKey).flatMap(id -> tx.twins().find(id));
    }

    private static TwinRef ref(StoreTx tx, Twin twin) {
        return new TwinRef(twin.localKey(), null, twin.remoteKey(), tx.actions().remoteIdOf(twin.id()).orElse(null), twin.remoteUrl());
    }
}
