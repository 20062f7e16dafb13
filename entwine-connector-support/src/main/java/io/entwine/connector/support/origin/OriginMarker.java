package io.entwine.connector.support.origin;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The origin marker for trackers whose entities have no hidden properties (GitHub): an HTML comment at the end of a
 * Markdown body, {@code <!-- entwine:origin KEY -->}, invisible when rendered. Connectors append it when creating
 * and strip it from every body they read, so rules and the peer never see it.
 */
public final class OriginMarker {
    /** The entity-property key trackers with properties (Jira) store the origin under. */
    public static final String PROPERTY_KEY = "entwine.origin";

    private static final Pattern MARKER = Pattern.compile("\\n*<!-- entwine:origin ([^\\s>]+) -->\\s*$");

    private OriginMarker() {
    }

    /** {@code body} with the marker of {@code origin} appended; an origin with whitespace or {@code >} is refused. */
    public static String append(String body, String origin) {
        if (origin == null || origin.isBlank() || !origin.matches("[^\\s>]+")) {
            throw new IllegalArgumentException("an origin must be non-blank without whitespace or '>', got '" + origin + "'");
        }
        String text = body == null ? "" : body;
        return text + (text.isEmpty() ? "" : "\n\n") + "<!-- entwine:origin " + origin + " -->";
    }

    /** The body without its marker (null stays null; a body that was only the marker becomes null). */
    public static String strip(String body) {
        if (body == null) return null;
        Matcher m = MARKER.matcher(body);
        if (!m.find()) return body;
        String rest = body.substring(0, m.start());
        return rest.isEmpty() ? null : rest;
    }

    /** The origin a body is marked with, if any. */
    public static Optional<String> originOf(String body) {
        if (body == null) return Optional.empty();
        Matcher m = MARKER.matcher(body);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
