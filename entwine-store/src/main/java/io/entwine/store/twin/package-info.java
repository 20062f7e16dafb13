/** Twins: the link between a local entity and its remote counterpart on one connection, with the last replicas. */
package io.entwine.store.twin;
