/**
 * The sending side: a local change becomes a replica through the outgoing rules, is compared with the
 * replica sent last (no difference, nothing sent: this is what stops echoes), and is stored with its send
 * event in one transaction; the sender then delivers queued messages to the peer, signed and retried.
 */
package io.entwine.core.outgoing;
