/**
 * The connector SPI: what every tracker connector implements, against the tracker's real public API.
 *
 * <p>Threading: the engine calls a started connector from many worker threads at once (one twin per
 * thread), so implementations must be thread-safe. Every call may block on network I/O; none holds
 * engine locks. Failures are reported only through the types in {@code io.entwine.api.errors}:
 * {@code RetriableSyncException}/{@code RateLimitedException} for transient trouble (the engine retries
 * with backoff), {@code EntityNotFoundException}, {@code EntityException} for refused writes, and
 * {@code ConfigException} for wrong settings or rejected credentials.
 */
package io.entwine.api.connector;
