/**
 * Triggers: tracker-native queries (Jira JQL, GitHub search qualifiers) that bring matching entities under sync on
 * a connection. Where a connection has triggers, an entity not yet twinned syncs only if it matches one; twinned
 * entities keep syncing whatever their match. Triggers are evaluated on change detection and by a periodic sweep.
 */
package io.entwine.core.trigger;
