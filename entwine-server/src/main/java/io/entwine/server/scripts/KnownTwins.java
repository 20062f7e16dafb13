package io.entwine.server.scripts;

import io.entwine.script.TwinLookup;

import java.util.List;
import java.util.Optional;

/**
 * The twins of a dry run, from the request: what the engine's twin store answers in a real run. A remote entity is
 * found by id or key, a local one by key or id. Immutable, thread-safe.
 */
final class KnownTwins implements TwinLookup {
    private final List<KnownTwin> twins;

    KnownTwins(List<KnownTwin> twins) {
        this.twins = List.copyOf(twins);
    }

    @Override
    public Optional<TwinRef> byRemote(String remoteIdOrKey, String entityType) {
        return twins.stream().filter(t -> remoteIdOrKey.equals(t.remoteId()) || remoteIdOrKey.equals(t.remoteKey()))
                .findFirst().map(KnownTwins::ref);
    }

    @Override
    public Optional<TwinRef> byLocal(String localKey) {
        return twins.stream().filter(t -> localKey.equals(t.local().getKey()) || localKey.equals(t.local().getId()))
                .findFirst().map(KnownTwins::ref);
    }

    private static TwinRef ref(KnownTwin t) {
        return new TwinRef(t.local().getKey(), t.local().getId(), t.remoteKey(), t.remoteId(), t.remoteUrl());
    }
}
