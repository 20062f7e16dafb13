package io.entwine.emulator.jira;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JQL date values: {@code yyyy-MM-dd HH:mm}, {@code yyyy/MM/dd HH:mm}, the same without time (midnight),
 * all in the searching user's profile time zone and therefore of minute precision, or a period relative
 * to now ({@code -5d}, {@code -4w 2d}, {@code -90m}).
 */
final class JqlDates {
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm").withResolverStyle(ResolverStyle.STRICT));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT));
    private static final Pattern PERIOD = Pattern.compile("\\s*([-+]?)(\\d+)([wdhm])");

    private JqlDates() {
    }

    /** The instant the value names, or null when it is not a valid JQL date. */
    static Instant parse(String value, ZoneId zone, Instant now) {
        String text = value.trim();
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return LocalDateTime.parse(text, f).atZone(zone).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(text, f).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return relative(text, now);
    }

    private static Instant relative(String text, Instant now) {
        Matcher m = PERIOD.matcher(text);
        Duration total = Duration.ZERO;
        int end = 0;
        boolean negative = text.startsWith("-");
        while (m.find() && m.start() == end) {
            long amount = Long.parseLong(m.group(2));
            Duration part = switch (m.group(3)) {
                case "w" -> Duration.ofDays(7 * amount);
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofMinutes(amount);
            };
            total = total.plus(part);
            end = m.end();
        }
        if (end == 0 || end != text.length()) return null;
        return negative ? now.minus(total) : now.plus(total);
    }
}
