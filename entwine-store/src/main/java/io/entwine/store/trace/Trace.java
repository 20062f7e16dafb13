package io.entwine.store.trace;

/** Local sub-object id paired with the peer's id of the same sub-object, within one twin. */
public record Trace(long twinId, TraceKind kind, String localId, String remoteId) {
}
