package io.entwine.core.control;

import io.entwine.store.errorlog.ErrorLevel;

import java.util.List;

/**
 * What an admin's retry or skip of an error did: the action taken ({@code retried}, {@code skipped}, or {@code none}
 * for an error already resolved), the events put back in the queue or skipped, the errors resolved (a retry of a
 * connection-level error resolves all of its connection's), and whether the connection is still held by another open
 * connection-level error.
 */
public record ErrorOutcome(long errorId, ErrorLevel level, String action, List<Long> events, List<Long> resolvedErrors,
                           boolean connectionHeld) {
}
