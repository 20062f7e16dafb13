/** Connections to peer nodes (identity, peer address, shared secret, status, configuration) and invitation codes. */
package io.entwine.store.connection;
