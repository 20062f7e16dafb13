/**
 * Carrying out what rules ask for besides field values: the services a run sees (twin look-ups, sub-object
 * traces, {@code store(issue)}), the actions recorded during a run ({@code syncHelper.syncBackAfterProcessing},
 * {@code unExalateAfterProcessing}, {@code exalate}, connecting to an existing entity, {@code workflowHelper.transition},
 * {@code traces}), and the wait of a child for its parent. Each action is done once per event, also when the event is
 * retried after a crash.
 */
package io.entwine.core.actions;
