package io.entwine.core.lifecycle;

import io.entwine.api.errors.ConfigException;

import java.util.Arrays;
import java.util.Locale;

/**
 * What this side does with its entity when the peer's twin entity was deleted. Each side chooses its own, per
 * connection; the twin becomes REMOTE_DELETED whatever the choice, so nothing more syncs over it.
 */
public enum RemoteDeletionPolicy {
    /** Leave the local entity as it is (the default: a deletion never destroys data on the other side by surprise). */
    NOTHING,
    /**
     * Delete the local entity. A tracker whose API cannot delete (GitHub's REST API) gets the {@link #NOTE} and is
     * closed instead.
     */
    DELETE,
    /** Add a final comment "Deleted in &lt;peer&gt; by &lt;who&gt;" and leave the entity otherwise alone. */
    NOTE;

    /** Parses a policy name case-insensitively; a ConfigException lists the valid ones. */
    public static RemoteDeletionPolicy parse(String name) {
        if (name == null) throw new ConfigException("remote deletion policy is missing; one of " + Arrays.toString(values()));
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("unknown remote deletion policy '" + name + "'; one of " + Arrays.toString(values()));
        }
    }
}
