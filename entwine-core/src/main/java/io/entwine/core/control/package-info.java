/**
 * What admins control on a running node: whether its sync workers run (sync control, with the fingerprint that
 * keeps a cloned or re-pointed node from syncing until an admin confirms it), pausing and resuming a connection,
 * and resolving errors by retrying or skipping them with the rules of each error level.
 */
package io.entwine.core.control;
