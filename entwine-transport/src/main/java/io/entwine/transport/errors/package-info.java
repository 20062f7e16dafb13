/**
 * Failures of node-to-node messaging: {@link io.entwine.transport.errors.MessageRejectedException} (an inbound
 * message failed verification, answered with its status) and {@link io.entwine.transport.errors.PeerRejectedException}
 * (the peer refused our message for a reason retrying will not fix). An unreachable peer is an ordinary
 * {@code io.entwine.api.errors.RetriableSyncException}.
 */
package io.entwine.transport.errors;
