/**
 * The twin lifecycle beyond syncing: deletions travelling to the peer and what a remote deletion does here
 * ({@link io.entwine.core.lifecycle.RemoteDeletionPolicy}), unsync and re-sync of one twin on both sides, linking
 * two existing entities into a twin, and skipping the events of twins that no longer sync.
 */
package io.entwine.core.lifecycle;
