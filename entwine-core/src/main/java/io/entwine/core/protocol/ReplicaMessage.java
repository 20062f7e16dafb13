package io.entwine.core.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entity's replica, sent when the outgoing rules produced something that differs from what was sent
 * last. {@code sourceKey} is the entity's key on the sending side (the receiver's remote key).
 */
public record ReplicaMessage(String sourceKey, String sourceUrl, JsonNode replica) {
}
