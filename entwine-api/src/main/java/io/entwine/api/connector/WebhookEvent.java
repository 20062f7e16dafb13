package io.entwine.api.connector;

import java.util.List;

/**
 * What a verified webhook delivery means: the entities it reports as changed (a comment event reports
 * its issue) and the delivery id the tracker reuses on redelivery (for de-duplication), or null.
 * An event the engine does not care about (a GitHub ping, a pull request) yields no changes.
 */
public record WebhookEvent(String deliveryId, String eventType, List<ChangedEntity> changes) {
    public WebhookEvent {
        changes = List.copyOf(changes);
    }
}
