package io.entwine.testkit.faults;

/**
 * One node-to-node message as the proxy handled it: what was decided and what became of it. {@code upstreamStatus}
 * is the receiving node's answer to the (first) forward, or -1 when it was not forwarded or the node could not be
 * reached; {@code action} is what was done (a second REORDER while one is held passes).
 */
public record ProxiedMessage(long sequence, String messageId, String type, ProxyAction action, long delayMillis,
                             int upstreamStatus) {
}
