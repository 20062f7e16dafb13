/**
 * Connections between two nodes: an invitation code generated on one node carries the connection id,
 * the inviter's URL and a fresh shared secret; the other node accepts it and proves it holds the secret
 * with a signed handshake. Each side's rules alone decide one-way or two-way.
 */
package io.entwine.core.connection;
