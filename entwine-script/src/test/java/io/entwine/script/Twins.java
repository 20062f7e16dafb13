package io.entwine.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An in-memory twin table standing in for the engine's. */
final class Twins implements TwinLookup {
    private final List<TwinRef> twins = new ArrayList<>();
    private final String remoteTrackerUrl;

    Twins(String remoteTrackerUrl) {
        this.remoteTrackerUrl = remoteTrackerUrl;
    }

    Twins add(String localKey, String localId, String remoteKey, String remoteId, String remoteUrl) {
        twins.add(new TwinRef(localKey, localId, remoteKey, remoteId, remoteUrl));
        return this;
    }

    @Override
    public Optional<TwinRef> byRemote(String remoteIdOrKey, String entityType) {
        return twins.stream().filter(t -> remoteIdOrKey.equals(t.remoteKey()) || remoteIdOrKey.equals(t.remoteId())).findFirst();
    }

    @Override
    public Optional<TwinRef> byLocal(String localKey) {
        return twins.stream().filter(t -> localKey.equals(t.localKey()) || localKey.equals(t.localId())).findFirst();
    }

    @Override
    public String remoteTrackerUrl() {
        return remoteTrackerUrl;
    }
}
