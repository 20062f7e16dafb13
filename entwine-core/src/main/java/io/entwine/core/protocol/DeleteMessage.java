package io.entwine.core.protocol;

/**
 * The sender's entity {@code sourceKey} was deleted in its tracker, by {@code deletedBy} (the tracker account,
 * when the tracker said) at {@code deletedAt} (ISO-8601, the tracker's time, when known). The receiver marks its twin
 * REMOTE_DELETED and applies its own remote-deletion policy.
 */
public record DeleteMessage(String sourceKey, String deletedBy, String deletedAt) {
}
