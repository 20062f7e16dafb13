package io.entwine.script.errors;

import java.time.Duration;

/**
 * A run took longer than the engine's time budget and was interrupted. {@link #line()} is where the
 * script was when it stopped (inside a loop, usually), when known.
 */
public class RuleTimeoutException extends RuleException {
    private final Duration budget;

    public RuleTimeoutException(String scriptName, Integer line, Duration budget, Throwable cause) {
        super(scriptName, line, "stopped after exceeding the time budget of " + budget.toMillis() + " ms", cause);
        this.budget = budget;
    }

    /** The budget that was exceeded. */
    public Duration budget() { return budget; }
}
