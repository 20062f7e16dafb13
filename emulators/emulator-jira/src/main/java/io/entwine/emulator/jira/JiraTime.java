package io.entwine.emulator.jira;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Jira's timestamp text, {@code 2026-11-23T10:15:30.123+0000}: millisecond precision, offset without a colon. */
final class JiraTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private JiraTime() {
    }

    /** The instant in the given zone (Jira renders timestamps in the calling user's profile time zone). */
    static String format(Instant instant, ZoneId zone) {
        return instant == null ? null : FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS).atZone(zone));
    }
}
