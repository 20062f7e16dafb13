package io.entwine.store.bulk;

import java.time.Instant;

/**
 * One bulk operation and its progress: {@code done + failed} of {@code total} items have finished. {@code kind}
 * names the operation ({@code sync}, {@code connect}, {@code unsync}); {@code requestJson} is what was asked,
 * {@code message} the latest word on it (why it failed, what interrupted it).
 */
public record BulkJob(String id, String connectionId, String kind, BulkJobState state, int total, int done, int failed,
                      String requestJson, String message, Instant createdAt, Instant updatedAt) {
}
