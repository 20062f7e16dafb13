package io.entwine.connector.jira;

import io.entwine.api.errors.SyncException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Jira's time formats: timestamps as {@code 2026-11-23T10:15:30.123+0000} (offset without a colon, also
 * accepted with one) and JQL date values {@code yyyy-MM-dd HH:mm}, which Jira reads in the searching user's
 * profile time zone and therefore carry minute precision only.
 */
final class JiraTimestamps {
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter();
    private static final DateTimeFormatter JQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private JiraTimestamps() {
    }

    /** The instant of a Jira timestamp; null for null or blank. Throws naming the field for anything else. */
    static Instant parse(String text, String field) {
        if (text == null || text.isBlank()) return null;
        try {
            return OffsetDateTime.parse(text, TIMESTAMP).toInstant();
        } catch (DateTimeParseException e) {
            throw new SyncException("Jira sent '" + text + "' as " + field + ", which is not a Jira timestamp");
        }
    }

    /** A JQL date value for {@code instant} in {@code zone}, rounded down to the minute. */
    static String jqlDate(Instant instant, ZoneId zone) {
        return JQL.format(instant.atZone(zone).truncatedTo(ChronoUnit.MINUTES));
    }

    /** The instant a JQL date value written for {@code instant} stands for (its minute, in the zone). */
    static Instant jqlFloor(Instant instant, ZoneId zone) {
        return instant.atZone(zone).truncatedTo(ChronoUnit.MINUTES).toInstant();
    }
}
