package io.entwine.core.protocol;

/** A comment mapped across a twin: {@code senderId} on the node sending the ack, {@code receiverId} on the other. */
public record CommentTrace(String receiverId, String senderId) {
}
