/**
 * Bulk operations on a connection - sync all matching now, connect existing pairs, unsync - run in the background
 * with their progress persisted ({@code io.entwine.store.bulk}); a job a restart cut short is marked INTERRUPTED.
 */
package io.entwine.core.bulk;
