package io.entwine.script.actions;

import java.util.Objects;

/**
 * A sub-object mapped across a twin: the local id of a comment (attachment, work log) and the id of its twin on the
 * other side. Scripts that create sub-objects themselves (through {@code httpClient}) add one to {@code traces} so
 * that later changes find their twin ({@code BasicNonPersistentTrace} in scripts written for Exalate, hence the
 * fluent setters). Mutable; not thread-safe.
 */
public final class Trace {
    private TraceType type = TraceType.COMMENT;
    private String localId;
    private String remoteId;
    private TraceAction action = TraceAction.NONE;
    private boolean toSynchronize = true;

    public Trace() {
    }

    public Trace(TraceType type, Object localId, Object remoteId) {
        setType(type);
        setLocalId(localId);
        setRemoteId(remoteId);
    }

    /** A copy of another trace. */
    public Trace from(Trace other) {
        type = other.type;
        localId = other.localId;
        remoteId = other.remoteId;
        action = other.action;
        toSynchronize = other.toSynchronize;
        return this;
    }

    public TraceType getType() { return type; }
    public Trace setType(TraceType type) { this.type = Objects.requireNonNull(type, "a trace needs a type"); return this; }
    public String getLocalId() { return localId; }
    public Trace setLocalId(Object localId) { this.localId = localId == null ? null : String.valueOf(localId); return this; }
    public String getRemoteId() { return remoteId; }
    public Trace setRemoteId(Object remoteId) { this.remoteId = remoteId == null ? null : String.valueOf(remoteId); return this; }
    public TraceAction getAction() { return action; }
    public Trace setAction(TraceAction action) { this.action = action == null ? TraceAction.NONE : action; return this; }
    public boolean isToSynchronize() { return toSynchronize; }
    public Trace setToSynchronize(boolean toSynchronize) { this.toSynchronize = toSynchronize; return this; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trace t && type == t.type && Objects.equals(localId, t.localId) && Objects.equals(remoteId, t.remoteId)
                && action == t.action && toSynchronize == t.toSynchronize;
    }

    @Override
    public int hashCode() { return Objects.hash(type, localId, remoteId); }

    @Override
    public String toString() { return type + " " + localId + " <-> " + remoteId; }
}
