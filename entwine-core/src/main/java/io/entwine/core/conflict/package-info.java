/**
 * Concurrent edits of the same field: the per-connection {@link io.entwine.core.conflict.ConflictPolicy}, the pure
 * {@link io.entwine.core.conflict.ConflictResolver} that applies it to a field-level merge (and keeps fields blocked
 * by an open conflict at their local value), and the service that records conflicts and resolves raised ones.
 */
package io.entwine.core.conflict;
