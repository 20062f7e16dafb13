package io.entwine.core.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entity's replica, sent when the outgoing rules produced something that differs from what was sent
 * last. {@code sourceKey} is the entity's key on the sending side (the receiver's remote key).
 * {@code conflictPolicy} is the sender's conflict policy for the connection (null from a sender that does not say), so
 * the receiver can break a tie between two identical symmetric policies the same way the sender will.
 */
public record ReplicaMessage(String sourceKey, String sourceUrl, JsonNode replica, String conflictPolicy) {

    public ReplicaMessage(String sourceKey, String sourceUrl, JsonNode replica) {
        this(sourceKey, sourceUrl, replica, null);
    }
}
