package io.entwine.script.helpers;

import io.entwine.script.errors.RuleException;
import org.slf4j.Logger;

/**
 * {@code debug}: {@code debug.error(msg)} stops the run with an error shown to admins (the engine adds the
 * line); {@code debug.info(msg)} logs at INFO. One instance per run.
 */
public class DebugHelper {
    private final String scriptName;
    private final Logger log;

    public DebugHelper(String scriptName, Logger log) {
        this.scriptName = scriptName;
        this.log = log;
    }

    /** Always throws a {@link RuleException} with this message. */
    public void error(Object message) {
        throw new RuleException(scriptName, null, String.valueOf(message));
    }

    public void info(Object message) {
        log.info("{}: {}", scriptName, message);
    }
}
