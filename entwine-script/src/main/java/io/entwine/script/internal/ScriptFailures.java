package io.entwine.script.internal;

import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import io.entwine.api.errors.EntityException;
import io.entwine.api.errors.RetriableSyncException;
import io.entwine.api.replica.UnknownPropertyException;
import io.entwine.script.errors.RuleException;
import io.entwine.script.errors.RuleTimeoutException;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns whatever a run threw into the error the engine reports, with the script line taken from the
 * stack frames of the script's own classes. The single place that classifies script failures:
 * <ul>
 *   <li>the watchdog fired: {@link RuleTimeoutException};</li>
 *   <li>{@link EntityException} (the script blocks this twin) and {@link RetriableSyncException} (a helper's
 *       tracker call hit a transient failure): unchanged;</li>
 *   <li>an interrupt that was not ours (the node is stopping): {@link RetriableSyncException}, interrupt
 *       status restored;</li>
 *   <li>everything else, including {@code debug.error}, typos, sandbox refusals and stack overflows:
 *       {@link RuleException}.</li>
 * </ul>
 */
public final class ScriptFailures {
    private ScriptFailures() {
    }

    public static RuntimeException translate(Throwable failure, String scriptName, RuleClass rule, boolean timedOut,
                                             Duration budget) {
        Integer line = lineOf(failure, rule);
        if (timedOut) return new RuleTimeoutException(scriptName, line, budget, failure);
        if (failure instanceof EntityException e) return e;
        if (failure instanceof RetriableSyncException e) return e;
        if (failure instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new RetriableSyncException(scriptName + ": run interrupted (is the node stopping?)", failure);
        }
        if (failure instanceof RuleException r) {
            return r.line() != null || line == null ? r : new RuleException(scriptName, line, r.detail(), r);
        }
        return new RuleException(scriptName, line, describe(failure, rule), failure);
    }

    /** The line of the top-most frame that belongs to the script, looking through causes; null if none. */
    static Integer lineOf(Throwable failure, RuleClass rule) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 8; t = t.getCause(), depth++) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getLineNumber() > 0 && rule.owns(frame)) return frame.getLineNumber();
            }
        }
        return null;
    }

    private static String describe(Throwable failure, RuleClass rule) {
        if (failure instanceof StackOverflowError) return "stack overflow (unbounded recursion?)";
        if (failure instanceof OutOfMemoryError) return "ran out of memory (a huge string, list or array?); the allocation was refused";
        if (failure instanceof UnknownPropertyException e) return e.getMessage();
        if (failure instanceof SecurityException) return "sandbox: " + failure.getMessage();
        if (failure instanceof MissingPropertyException e) {
            if (e.getType() == rule.type()) return "no variable or binding named '" + e.getProperty() + "'";
            if (e.getType() != null && e.getMessage() != null && e.getMessage().startsWith("no such property")) {
                return e.getMessage();
            }
            return "no such property '" + e.getProperty() + "' on " + typeName(e.getType());
        }
        if (failure instanceof MissingMethodException e) {
            String args = Arrays.stream(e.getArguments())
                    .map(a -> a == null ? "null" : a.getClass().getSimpleName())
                    .collect(Collectors.joining(", "));
            String on = e.getType() == rule.type() ? "the script" : typeName(e.getType());
            return "no method " + e.getMethod() + "(" + args + ") on " + on;
        }
        String message = failure.getMessage();
        String type = failure.getClass().getSimpleName();
        return message == null ? type : type + ": " + message;
    }

    private static String typeName(Class<?> type) {
        if (type == null) return "null";
        String name = type.getName();
        return name.startsWith("io.entwine.") || name.startsWith("java.") ? type.getSimpleName() : name;
    }
}
