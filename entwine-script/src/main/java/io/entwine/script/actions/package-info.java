/**
 * What a rule run asks the engine to do besides changing the entity, as data: sync back, stop syncing, bring
 * other entities under sync, run a workflow transition, record sub-object traces, connect to an existing entity
 * instead of creating one ({@link io.entwine.script.actions.RunActions}), and the script-visible values those
 * requests are made of ({@link io.entwine.script.actions.EntityKey}, {@link io.entwine.script.actions.Trace}).
 * The engine executes the requests after the run; nothing here talks to a tracker.
 */
package io.entwine.script.actions;
