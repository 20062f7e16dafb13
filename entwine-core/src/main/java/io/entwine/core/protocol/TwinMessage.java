package io.entwine.core.protocol;

/** Names a twin by the sender's key of its entity ({@code sourceKey}, the receiver's remote key): unsync and resync. */
public record TwinMessage(String sourceKey) {
}
