package io.entwine.core.lifecycle;

import io.entwine.store.StoreTx;

/** Where each connection's {@link RemoteDeletionPolicy} is kept: the node settings, one entry per connection. */
public final class DeletionPolicies {
    private DeletionPolicies() {
    }

    static String settingName(String connectionId) {
        return "remote-deletion:" + connectionId;
    }

    /** The connection's policy; {@link RemoteDeletionPolicy#NOTHING} until one is set. */
    public static RemoteDeletionPolicy get(StoreTx tx, String connectionId) {
        return tx.settings().get(settingName(connectionId)).map(RemoteDeletionPolicy::parse).orElse(RemoteDeletionPolicy.NOTHING);
    }

    public static void set(StoreTx tx, String connectionId, RemoteDeletionPolicy policy) {
        tx.settings().put(settingName(connectionId), policy.name());
    }
}
