package io.entwine.testkit.faults;

/**
 * What a {@link FaultSchedule} sees of one node-to-node message: its arrival number at the proxy (1, 2, ...; a
 * resend is a new arrival) and the envelope headers.
 */
public record PeerMessage(long sequence, String messageId, String type, String connectionId) {
}
