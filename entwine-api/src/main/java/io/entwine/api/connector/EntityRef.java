package io.entwine.api.connector;

import java.time.Instant;

/** The result of a write: the entity's key, internal id, browse URL and the tracker's updated timestamp after the write. */
public record EntityRef(String key, String id, String url, Instant updated) {
}
