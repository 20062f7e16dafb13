package io.entwine.script.actions;

/** The kind of sub-object a {@link Trace} maps across a twin ({@code TraceType} in scripts written for Exalate). */
public enum TraceType {
    COMMENT, ATTACHMENT, WORKLOG, ISSUE_LINK
}
