package io.entwine.api.connector;

import java.time.Instant;

/**
 * One entity the tracker reports as changed. {@code updated} is the tracker's own timestamp (never the
 * local clock); {@code deleted} is true when the entity is gone; {@code actor} is the account that made
 * the change when the source says so (webhooks), else null.
 */
public record ChangedEntity(String key, Instant updated, boolean deleted, String actor) {

    public static ChangedEntity updated(String key, Instant updated) {
        return new ChangedEntity(key, updated, false, null);
    }
}
