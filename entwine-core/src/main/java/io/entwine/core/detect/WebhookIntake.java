package io.entwine.core.detect;

import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.connector.WebhookEvent;
import io.entwine.api.connector.WebhookRequest;

/**
 * The webhook fast path: the connector verifies the signature and says what changed; the changes are
 * queued durably before the tracker gets its answer. Redelivered webhooks are harmless: the intake
 * de-duplicates by entity and timestamp.
 */
public final class WebhookIntake {
    private final TrackerConnector connector;
    private final ChangeIntake intake;

    public WebhookIntake(TrackerConnector connector, ChangeIntake intake) {
        this.connector = connector;
        this.intake = intake;
    }

    /** Verifies and queues; throws {@code WebhookRejectedException} for a delivery that must be refused. */
    public int receive(WebhookRequest request) {
        WebhookEvent event = connector.parseWebhook(request);
        return intake.accept(event.changes(), ChangeSource.WEBHOOK);
    }
}
