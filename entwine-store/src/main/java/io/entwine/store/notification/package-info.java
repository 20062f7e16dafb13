/**
 * What admins have been told about errors: which open errors a digest must report (new ones, and ones that
 * persist), marking them notified once a digest was delivered, and the record of delivered digests that the
 * hourly rate limit counts. The policy deciding when to send lives in {@code io.entwine.core.notify}.
 */
package io.entwine.store.notification;
