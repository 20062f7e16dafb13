/**
 * The small error taxonomy every part shares. {@link io.entwine.api.errors.SyncException} is the unchecked
 * base; {@link io.entwine.api.errors.RetriableSyncException} (and its {@link io.entwine.api.errors.RateLimitedException})
 * means "the same call may succeed later" and is retried with backoff; {@link io.entwine.api.errors.EntityException}
 * blocks one twin until an admin or a dependency resolves it. The engine classifies errors in one place.
 */
package io.entwine.api.errors;
