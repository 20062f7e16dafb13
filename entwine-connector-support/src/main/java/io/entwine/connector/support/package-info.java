/**
 * HTTP plumbing every tracker connector shares: {@link io.entwine.connector.support.TrackerHttp} (JSON calls with
 * rate-limit waits, retries and status-to-error mapping), {@link io.entwine.connector.support.WebhookSignatures}
 * (HMAC-SHA256 webhook signatures) and {@link io.entwine.connector.support.Cursors} (opaque polling cursors).
 * Tracker-specific request shapes belong in the connectors, not here. Failures surface only as
 * {@code io.entwine.api.errors} types.
 */
package io.entwine.connector.support;
