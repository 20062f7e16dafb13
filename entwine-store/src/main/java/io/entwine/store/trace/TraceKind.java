package io.entwine.store.trace;

/** The kind of sub-object a trace maps across a twin. */
public enum TraceKind {
    COMMENT,
    ATTACHMENT,
    WORKLOG
}
