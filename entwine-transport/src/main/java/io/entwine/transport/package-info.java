/**
 * Node-to-node messages: an {@link io.entwine.transport.Envelope} is signed with the connection's shared secret
 * ({@link io.entwine.transport.MessageSigner}), POSTed to the peer's {@code /peer/v1/messages} by
 * {@link io.entwine.transport.PeerClient}, and checked on arrival by {@link io.entwine.transport.InboundVerifier}.
 * The wire format (headers, answer bodies) is fixed in {@link io.entwine.transport.PeerHeaders} and
 * {@link io.entwine.transport.PeerAnswers}. What a message means, and de-duplication by message id, belong to
 * the engine and its store, not here.
 */
package io.entwine.transport;
