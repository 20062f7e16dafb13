package io.entwine.server.scripts;

import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

import java.util.ArrayList;
import java.util.List;

/**
 * The logger a dry run binds as {@code log} (and behind {@code debug.info}): it keeps every line the script
 * logs, as {@code "INFO message"}, so the report can show them, and passes them on to {@code delegate} at
 * DEBUG. Every level is enabled. One instance per run; not thread-safe (a run is single-threaded).
 */
final class CapturedLog extends LegacyAbstractLogger {
    private static final int MAX_LINES = 200;

    private final transient Logger delegate;
    private final transient List<String> lines = new ArrayList<>();
    private int dropped;

    CapturedLog(Logger delegate) {
        this.delegate = delegate;
        this.name = delegate.getName();
    }

    /** What the script logged, oldest first; at most 200 lines, then a line saying how many were left out. */
    List<String> lines() {
        if (dropped == 0) return List.copyOf(lines);
        List<String> all = new ArrayList<>(lines);
        all.add("... " + dropped + " more line(s) left out");
        return List.copyOf(all);
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern, Object[] arguments,
                                               Throwable throwable) {
        String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
        if (throwable != null) message += " (" + throwable + ")";
        if (lines.size() < MAX_LINES) lines.add(level + " " + message);
        else dropped++;
        delegate.debug("dry run: {} {}", level, message);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override public boolean isTraceEnabled() { return true; }
    @Override public boolean isDebugEnabled() { return true; }
    @Override public boolean isInfoEnabled() { return true; }
    @Override public boolean isWarnEnabled() { return true; }
    @Override public boolean isErrorEnabled() { return true; }
}
