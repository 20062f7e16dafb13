package io.entwine.testkit.faults;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Decides what {@link FaultProxy} does with each node-to-node message. Called on the proxy's connection threads,
 * one call per arriving message (resends included); implementations must be thread-safe.
 */
@FunctionalInterface
public interface FaultSchedule {

    ProxyDecision decide(PeerMessage message);

    /** Every message passes: the healed network. */
    static FaultSchedule passAll() {
        return message -> ProxyDecision.pass();
    }

    /** The given decisions for the next messages, in arrival order, then every message passes. */
    static FaultSchedule scripted(ProxyDecision... decisions) {
        Deque<ProxyDecision> script = new ArrayDeque<>(Arrays.asList(decisions));
        return message -> {
            synchronized (script) {
                ProxyDecision next = script.poll();
                return next == null ? ProxyDecision.pass() : next;
            }
        };
    }

    /** A seeded random mix; add actions with their probabilities ({@link RandomSchedule#with}). */
    static RandomSchedule random(long seed) {
        return new RandomSchedule(seed);
    }
}
