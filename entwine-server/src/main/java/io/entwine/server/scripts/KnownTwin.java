package io.entwine.server.scripts;

import io.entwine.api.errors.ConfigException;
import io.entwine.api.replica.HubIssue;

import java.util.Objects;

/**
 * A twin the dry run should know about (the real sync knows every twin of the connection): the remote entity's id,
 * key and URL, and the local entity as the tracker would read it ({@code nodeHelper.getLocalIssueFromRemoteId}
 * answers it, without a tracker call). The local entity needs a key or an id.
 */
public record KnownTwin(String remoteId, String remoteKey, String remoteUrl, HubIssue local) {

    public KnownTwin {
        Objects.requireNonNull(local, "local");
        if (remoteId == null && remoteKey == null) throw new ConfigException("a twin needs the remote 'remoteId' or 'remoteKey'");
        if (local.getKey() == null && local.getId() == null) throw new ConfigException("a twin's 'local' entity needs a key or an id");
    }

    /** The local key, or the id when the entity has no key. */
    String localKeyOrId() {
        return local.getKey() != null ? local.getKey() : local.getId();
    }
}
