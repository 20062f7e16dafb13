/**
 * Exceptions of the store. {@link io.entwine.store.errors.StoreUnavailableException} is a
 * {@link io.entwine.api.errors.RetriableSyncException} (retry the transaction later);
 * {@link io.entwine.store.errors.StoreConflictException} and {@link io.entwine.store.errors.StoreException} are
 * permanent. {@link io.entwine.store.Database} translates database failures into these at the transaction boundary.
 */
package io.entwine.store.errors;
