/**
 * The node-to-node message bodies. Each travels as the body of a signed envelope
 * ({@code io.entwine.transport}); the envelope's type names the body: {@code replica}, {@code ack},
 * {@code handshake}, and the twin lifecycle ones {@code delete}, {@code unsync}, {@code resync}, {@code connect}.
 * Bodies are JSON; replicas inside them are in the versioned replica format.
 */
package io.entwine.core.protocol;
