package io.entwine.core.protocol;

/** The accepting node proves it holds the invitation's secret and says where it is reachable. */
public record HandshakeMessage(String invitationToken, String nodeName, String nodeUrl) {
}
