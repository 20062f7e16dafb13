package io.entwine.core.incoming;

/** What the inbox did with a verified message: queued it, recognised it as already received, or handled it at once. */
public enum InboxResult { QUEUED, DUPLICATE, HANDLED, IGNORED }
