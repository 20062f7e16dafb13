package io.entwine.script;

import io.entwine.api.replica.HubIssue;

/**
 * Result of an incoming run.
 *
 * @param issue   the local entity as the script left it (the same instance as the input's)
 * @param skipped true on first sync when the script set no field at all (typically an early {@code return}):
 *                the entity must not be created
 */
public record IncomingResult(HubIssue issue, boolean skipped) {
}
