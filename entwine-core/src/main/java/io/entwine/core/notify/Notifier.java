package io.entwine.core.notify;

/**
 * Delivers a digest of errors to the node's admins (e-mail in {@code entwine-server}). The boundary between the
 * notification policy and a delivery channel.
 */
@FunctionalInterface
public interface Notifier {

    /**
     * Delivers {@code digest}. Called on the node's digest thread, one digest at a time, while the digest run holds
     * its database lock: it may block on the network but must give up after a bounded time.
     *
     * @throws RuntimeException when the digest could not be delivered; nothing is marked as told then, so the next
     *         digest reports the same errors again
     */
    void send(Digest digest);
}
