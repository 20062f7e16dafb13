package io.entwine.script;

import java.util.Optional;

/**
 * The engine's answers about twins of the run's connection, for {@code nodeHelper.getLocalIssueKeyFromRemoteId},
 * {@code syncHelper.isUnderSync}, {@code syncHelper.getRemoteIssueUrl} and friends. The engine implements it over
 * its twin store.
 *
 * <p>Called on the rule's thread during a run; may block on the database briefly; must not call the tracker.
 * Failures surface to the script as errors (a {@code RetriableSyncException} passes through the engine unchanged).
 */
public interface TwinLookup {

    /** No twins known (dry runs, tests): every look-up finds nothing. */
    TwinLookup NONE = new TwinLookup() {
        @Override
        public Optional<TwinRef> byRemote(String remoteIdOrKey, String entityType) {
            return Optional.empty();
        }

        @Override
        public Optional<TwinRef> byLocal(String localKey) {
            return Optional.empty();
        }
    };

    /**
     * The twin whose remote entity has this id or key (scripts pass either: {@code replica.parentId} is an id,
     * {@code replica.key} a key), on this connection. {@code entityType} narrows it where the other side has several
     * (ServiceNow tables); null means any.
     */
    Optional<TwinRef> byRemote(String remoteIdOrKey, String entityType);

    /** The twin of the local entity with this key (or id), on this connection. */
    Optional<TwinRef> byLocal(String localKey);

    /** Base URL of the other side's tracker, when the engine knows it; null otherwise. */
    default String remoteTrackerUrl() {
        return null;
    }

    /**
     * One twin as the engine knows it; any part may be null when unknown (a twin whose remote side was never
     * acknowledged has no remote key yet).
     */
    record TwinRef(String localKey, String localId, String remoteKey, String remoteId, String remoteUrl) {
    }
}
