package io.entwine.core.origin;

import io.entwine.api.connector.EntityRef;
import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Creates entities and comments on the local tracker at most once per peer item. Every create carries its origin
 * marker (written by the tracker together with the create). A first attempt creates directly; a retried attempt (the
 * event was claimed before: the node crashed, or an earlier create's outcome stayed unknown, before the key was
 * recorded) looks the marker up first and adopts what it finds.
 *
 * <p>Thread-safe (stateless beyond the connector); blocks on the tracker; fails with the connector's errors.
 */
public final class ExactlyOnce {
    private static final Logger log = LoggerFactory.getLogger(ExactlyOnce.class);

    private final TrackerConnector connector;

    public ExactlyOnce(TrackerConnector connector) {
        this.connector = connector;
    }

    /** The entity for {@code origin}: adopted when {@code retry} and the tracker holds it, created otherwise. */
    public EntityRef createEntity(HubIssue draft, String origin, boolean retry) {
        if (retry) {
            Optional<EntityRef> found = connector.findCreated(origin);
            if (found.isPresent()) {
                log.info("adopting {} created for {} by an earlier attempt", found.get().key(), origin);
                return found.get();
            }
        }
        return connector.create(draft, origin);
    }

    /** The comment on {@code key} for {@code origin}: adopted when {@code retry} and the tracker holds it, added otherwise. */
    public HubComment addComment(String key, HubComment comment, String origin, boolean retry) {
        if (retry) {
            Optional<HubComment> found = connector.findComment(key, origin);
            if (found.isPresent()) {
                log.info("adopting comment {} on {} added for {} by an earlier attempt", found.get().getId(), key, origin);
                return found.get();
            }
        }
        return connector.addComment(key, comment, origin);
    }
}
