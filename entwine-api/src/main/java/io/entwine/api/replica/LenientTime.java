package io.entwine.api.replica;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient conversions of times, durations and counts, as scripts write them: {@code issue.due = replica.due}
 * with a {@code Date}, an ISO text or epoch milliseconds; {@code originalEstimate = "1h 30m"}. Dates without a time
 * are taken at midnight UTC; times without an offset are UTC. Every refusal names the field.
 */
final class LenientTime {
    /** Jira's duration words: w(eek) = 5 days, d(ay) = 8 hours, as Jira's default time tracking counts them. */
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([wdhms])");
    private static final Pattern DURATION = Pattern.compile("\\s*(?:\\d+(?:\\.\\d+)?\\s*[wdhms]\\s*)+");

    private LenientTime() {
    }

    static Instant instant(Object value, String field) {
        value = Lenient.unwrap(value);
        if (value == null) return null;
        if (value instanceof Instant i) return i;
        if (value instanceof Date d) return Instant.ofEpochMilli(d.getTime());
        if (value instanceof Calendar c) return c.toInstant();
        if (value instanceof OffsetDateTime t) return t.toInstant();
        if (value instanceof ZonedDateTime t) return t.toInstant();
        if (value instanceof LocalDate d) return d.atStartOfDay(ZoneOffset.UTC).toInstant();
        if (value instanceof LocalDateTime t) return t.toInstant(ZoneOffset.UTC);
        if (value instanceof Number n) return Instant.ofEpochMilli(n.longValue());
        if (value instanceof CharSequence s) {
            String text = s.toString().trim();
            if (text.isEmpty()) return null;
            Instant parsed = parseInstant(text);
            if (parsed != null) return parsed;
        }
        throw new IllegalArgumentException(field + " cannot be set from " + Lenient.describe(value)
                + "; use a date, an ISO-8601 text such as 2026-11-23T10:15:00Z or epoch milliseconds");
    }

    static LocalDate localDate(Object value, String field) {
        value = Lenient.unwrap(value);
        if (value == null) return null;
        if (value instanceof LocalDate d) return d;
        if (value instanceof LocalDateTime t) return t.toLocalDate();
        if (value instanceof CharSequence s && s.toString().trim().length() == 10) {
            try {
                return LocalDate.parse(s.toString().trim());
            } catch (DateTimeParseException ignored) {
                // tried as an instant below
            }
        }
        Instant instant = instant(value, field); // null for blank text, which means "no date" here too
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static Instant parseInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e1) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e3) {
                    try {
                        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
                    } catch (DateTimeParseException e4) {
                        return null;
                    }
                }
            }
        }
    }

    /** Seconds from a number, a Duration, digits, or Jira's "2w 3d 4h 5m 6s" (a week of 5 days of 8 hours). */
    static Long seconds(Object value, String field) {
        value = Lenient.unwrap(value);
        if (value == null) return null;
        if (value instanceof Duration d) return d.getSeconds();
        if (value instanceof Number n) return n.longValue();
        if (value instanceof CharSequence s) {
            String text = s.toString().trim();
            if (text.isEmpty()) return null;
            if (text.chars().allMatch(Character::isDigit)) return Long.parseLong(text);
            if (DURATION.matcher(text).matches()) {
                BigDecimal total = BigDecimal.ZERO;
                Matcher m = DURATION_PART.matcher(text);
                while (m.find()) total = total.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit(m.group(2).charAt(0)))));
                return total.longValue();
            }
        }
        throw new IllegalArgumentException(field + " cannot be set from " + Lenient.describe(value)
                + "; use seconds, a java.time.Duration or a text such as \"1h 30m\"");
    }

    private static long unit(char c) {
        return switch (c) {
            case 'w' -> 5 * 8 * 3600L;
            case 'd' -> 8 * 3600L;
            case 'h' -> 3600L;
            case 'm' -> 60L;
            default -> 1L;
        };
    }

    /** A whole number from a number or digits. */
    static Long wholeNumber(Object value, String field) {
        value = Lenient.unwrap(value);
        if (value == null) return null;
        if (value instanceof Number n) return n.longValue();
        if (value instanceof CharSequence s) {
            String text = s.toString().trim();
            if (text.isEmpty()) return null;
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        throw new IllegalArgumentException(field + " cannot be set from " + Lenient.describe(value) + "; use a whole number");
    }
}
