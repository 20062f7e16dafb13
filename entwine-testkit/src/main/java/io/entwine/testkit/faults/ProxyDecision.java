package io.entwine.testkit.faults;

import java.time.Duration;
import java.util.Objects;

/** A {@link ProxyAction} with its delay (zero unless the action is {@link ProxyAction#DELAY}). */
public record ProxyDecision(ProxyAction action, Duration delay) {

    public ProxyDecision {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) throw new IllegalArgumentException("a delay cannot be negative: " + delay);
    }

    public static ProxyDecision pass() {
        return new ProxyDecision(ProxyAction.PASS, Duration.ZERO);
    }

    public static ProxyDecision drop() {
        return new ProxyDecision(ProxyAction.DROP, Duration.ZERO);
    }

    public static ProxyDecision dropAnswer() {
        return new ProxyDecision(ProxyAction.DROP_ANSWER, Duration.ZERO);
    }

    public static ProxyDecision duplicate() {
        return new ProxyDecision(ProxyAction.DUPLICATE, Duration.ZERO);
    }

    public static ProxyDecision delay(Duration delay) {
        return new ProxyDecision(ProxyAction.DELAY, delay);
    }

    public static ProxyDecision reorder() {
        return new ProxyDecision(ProxyAction.REORDER, Duration.ZERO);
    }

    public static ProxyDecision reset() {
        return new ProxyDecision(ProxyAction.RESET, Duration.ZERO);
    }

    @Override
    public String toString() {
        return action == ProxyAction.DELAY ? "DELAY " + delay.toMillis() + " ms" : action.name();
    }
}
