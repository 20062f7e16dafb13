package io.entwine.script.errors;

import io.entwine.api.errors.SyncException;

/**
 * A rule (Groovy script) failed: it threw, called {@code debug.error(msg)}, used a property or helper that
 * does not exist, or broke a sandbox limit. It is a connection-level error: the script has to be fixed.
 *
 * <p>The message names the script and, when known, the line: {@code "outgoing rules, line 3: no such
 * property 'sumary' on the local issue"}. {@link #detail()} is the same message without that prefix.
 */
public class RuleException extends SyncException {
    private final String scriptName;
    private final Integer line;
    private final String detail;

    public RuleException(String scriptName, Integer line, String detail) {
        this(scriptName, line, detail, null);
    }

    public RuleException(String scriptName, Integer line, String detail, Throwable cause) {
        super(format(scriptName, line, detail), cause);
        this.scriptName = scriptName;
        this.line = line;
        this.detail = detail;
    }

    /** The name the script was compiled under, e.g. {@code "outgoing rules"}. */
    public String scriptName() { return scriptName; }

    /** The 1-based script line the error points at, or null when it is not known. */
    public Integer line() { return line; }

    /** What went wrong, without the script name and line. */
    public String detail() { return detail; }

    private static String format(String scriptName, Integer line, String detail) {
        return line == null ? scriptName + ": " + detail : scriptName + ", line " + line + ": " + detail;
    }
}
