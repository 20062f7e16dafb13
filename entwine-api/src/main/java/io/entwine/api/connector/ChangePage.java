package io.entwine.api.connector;

import java.util.List;

/**
 * One page of a polling sweep. {@code nextCursor} is opaque to the engine and persisted by it; passing it
 * back continues the sweep. {@code hasMore} false means the sweep reached the present; the next sweep
 * starts from {@code nextCursor} again (connectors build the overlap window into their cursors, so the
 * same change may be reported twice; the engine de-duplicates by key and updated timestamp).
 */
public record ChangePage(List<ChangedEntity> changes, String nextCursor, boolean hasMore) {
    public ChangePage {
        changes = List.copyOf(changes);
    }
}
