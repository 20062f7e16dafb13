package io.entwine.core.detect;

/** Where a change notice came from; webhooks and polling de-duplicate differently (see {@link ChangeIntake}). */
public enum ChangeSource { WEBHOOK, POLL }
