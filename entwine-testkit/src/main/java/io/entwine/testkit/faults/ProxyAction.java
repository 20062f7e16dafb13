package io.entwine.testkit.faults;

/** What {@link FaultProxy} does with one node-to-node message. */
public enum ProxyAction {
    /** Forward it and hand the answer back. */
    PASS,
    /** Close the connection without forwarding or answering: the message is lost on the way. */
    DROP,
    /** Forward it, then reset the connection instead of answering: applied, but the sender never hears so. */
    DROP_ANSWER,
    /** Forward it twice, one after the other; the sender gets the first answer. */
    DUPLICATE,
    /** Wait, then forward it. */
    DELAY,
    /** Hold it until the next message has been forwarded (or a bound elapsed), then forward it. */
    REORDER,
    /** Reset the connection (TCP RST) without forwarding. */
    RESET
}
