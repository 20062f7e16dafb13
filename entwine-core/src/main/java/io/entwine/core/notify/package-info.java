/**
 * Telling admins about errors without flooding them: {@link io.entwine.core.notify.ErrorDigester} decides what to
 * send and when (new errors, errors that persist, grouped by level and connection, at most so many messages an
 * hour, nothing lost when a send fails), {@link io.entwine.core.notify.DigestSchedule} runs it periodically for the
 * node, and a {@link io.entwine.core.notify.Notifier} (e-mail in {@code entwine-server}) delivers the
 * {@link io.entwine.core.notify.Digest}.
 */
package io.entwine.core.notify;
