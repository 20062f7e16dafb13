/**
 * The receiving side: verified node messages are de-duplicated by message id and queued in one
 * transaction ({@link io.entwine.core.incoming.PeerInbox}); the apply handler runs the incoming rules
 * with a field-level merge against the previous replica, writes only what changed, records comment
 * traces, computes the echo baseline from what it wrote, and acknowledges.
 */
package io.entwine.core.incoming;
