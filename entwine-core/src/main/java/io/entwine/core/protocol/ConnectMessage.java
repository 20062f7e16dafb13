package io.entwine.core.protocol;

/**
 * Links two entities that both exist already into one twin (bulk connect): {@code sourceKey}/{@code sourceUrl} on
 * the sender, {@code targetKey} on the receiver. The receiver records the twin without creating anything, so the
 * replica that follows updates {@code targetKey} rather than creating a duplicate.
 */
public record ConnectMessage(String sourceKey, String sourceUrl, String targetKey) {
}
