package io.entwine.script.actions;

import io.entwine.api.connector.EntityRef;
import io.entwine.api.replica.HubIssue;

/**
 * The entity {@code store(issue)} made exist during the run: the engine's reference to it and the entity as it
 * was stored, so that the engine writes only what the script changed after that line.
 */
public record StoredEntity(EntityRef ref, HubIssue asStored) {
}
