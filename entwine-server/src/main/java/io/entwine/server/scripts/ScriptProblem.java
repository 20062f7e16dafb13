package io.entwine.server.scripts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.errors.EntityException;
import io.entwine.api.errors.RetriableSyncException;
import io.entwine.script.CompiledRule;
import io.entwine.script.errors.RuleCompileException;
import io.entwine.script.errors.RuleException;
import io.entwine.script.errors.RuleTimeoutException;

import java.util.Locale;
import java.util.Objects;

/**
 * Why a script could not be compiled or run in a dry run, as an admin needs to read it: what kind of error it
 * is (and so what the sync would do with it), which script, which line, what went wrong.
 *
 * @param kind       what the sync would make of it
 * @param scriptName the name the script was given (the file name in the CLI)
 * @param line       1-based script line, or null when not known
 * @param detail     what went wrong, without script name and line
 */
public record ScriptProblem(Kind kind, String scriptName, Integer line, String detail) {

    /** The kinds of failure, each with what the sync does when it happens for real. */
    public enum Kind {
        COMPILE("the script does not compile; publishing it is refused"),
        RULE("connection-level error: syncing stops for the events this script handles until it is fixed"),
        TIMEOUT("connection-level error: the run exceeded the time budget"),
        ENTITY("entity-level error: blocks this twin only; retried when the missing dependency arrives, or by an admin"),
        TRACKER("a look-up failed at the tracker; the sync would retry it with backoff"),
        REPLICA("the script produced a value a replica cannot carry; the change would not be sent");

        private final String meaning;

        Kind(String meaning) {
            this.meaning = meaning;
        }

        /** What the sync does when this happens for real. */
        public String meaning() { return meaning; }

        /** The lower-case name used in JSON and on the command line. */
        public String label() { return name().toLowerCase(Locale.ROOT); }
    }

    public ScriptProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scriptName, "scriptName");
        detail = detail == null ? "(no message)" : detail;
    }

    /**
     * The problem a compile or run failure means; {@code rule} (null when compiling failed) lets the line of an
     * entity-level error be found in its stack, as the engine passes those through without one.
     */
    public static ScriptProblem of(Throwable failure, String scriptName, CompiledRule rule) {
        if (failure instanceof RuleCompileException e) return new ScriptProblem(Kind.COMPILE, scriptName, e.line(), e.detail());
        if (failure instanceof RuleTimeoutException e) return new ScriptProblem(Kind.TIMEOUT, scriptName, e.line(), e.detail());
        if (failure instanceof RuleException e) return new ScriptProblem(Kind.RULE, scriptName, e.line(), e.detail());
        Integer line = rule == null ? null : lineIn(failure, rule);
        if (failure instanceof EntityException) return new ScriptProblem(Kind.ENTITY, scriptName, line, failure.getMessage());
        if (failure instanceof RetriableSyncException) return new ScriptProblem(Kind.TRACKER, scriptName, line, failure.getMessage());
        return new ScriptProblem(Kind.REPLICA, scriptName, line, failure.getMessage());
    }

    /** {@code "<script>, line <n>: <detail>"} (without the line part when it is not known). */
    public String message() {
        return line == null ? scriptName + ": " + detail : scriptName + ", line " + line + ": " + detail;
    }

    /** {@code {"error", "kind", "script", "line", "detail", "meaning"}}; line is null when not known. */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("error", message());
        o.put("kind", kind.label());
        o.put("script", scriptName);
        if (line == null) o.putNull("line");
        else o.put("line", line);
        o.put("detail", detail);
        o.put("meaning", kind.meaning());
        return o;
    }

    /**
     * The script line of the top-most frame of the script's own classes. The engine compiles a script into the
     * class {@code Rule_<first 16 hex digits of its hash>} (closures are nested classes of it), from a source
     * unit of that name plus {@code .groovy}; the engine reports lines this way for the errors it wraps.
     */
    private static Integer lineIn(Throwable failure, CompiledRule rule) {
        String className = "Rule_" + rule.sourceHash().substring(0, 16);
        String fileName = className + ".groovy";
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 8; t = t.getCause(), depth++) {
            for (StackTraceElement frame : t.getStackTrace()) {
                boolean ours = frame.getClassName().equals(className) || frame.getClassName().startsWith(className + "$")
                        || fileName.equals(frame.getFileName());
                if (ours && frame.getLineNumber() > 0) return frame.getLineNumber();
            }
        }
        return null;
    }
}
