package io.entwine.emulator.jira;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's duration text ({@code "1w 2d 3h 30m"}) with its default time tracking settings: a week is 5 days,
 * a day 8 hours; a bare number means minutes.
 */
final class JiraDurations {
    private static final Pattern PART = Pattern.compile("(\\d+)\\s*([wdhm])");
    private static final long MINUTE = 60, HOUR = 60 * MINUTE, DAY = 8 * HOUR, WEEK = 5 * DAY;

    private JiraDurations() {
    }

    /** Seconds, or null when the text is not a duration. */
    static Long parse(String text) {
        if (text == null) return null;
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.matches("\\d+")) return Long.parseLong(t) * MINUTE;
        Matcher m = PART.matcher(t);
        long total = 0;
        int end = 0;
        boolean any = false;
        while (m.find()) {
            if (!t.substring(end, m.start()).isBlank()) return null;
            long n = Long.parseLong(m.group(1));
            total += n * switch (m.group(2)) {
                case "w" -> WEEK;
                case "d" -> DAY;
                case "h" -> HOUR;
                default -> MINUTE;
            };
            end = m.end();
            any = true;
        }
        return any && t.substring(end).isBlank() ? total : null;
    }

    static String format(long seconds) {
        if (seconds == 0) return "0m";
        StringBuilder out = new StringBuilder();
        long rest = seconds;
        for (long[] unit : new long[][]{{WEEK, 'w'}, {DAY, 'd'}, {HOUR, 'h'}, {MINUTE, 'm'}}) {
            long n = rest / unit[0];
            if (n > 0) out.append(out.isEmpty() ? "" : " ").append(n).append((char) unit[1]);
            rest %= unit[0];
        }
        return out.isEmpty() ? "0m" : out.toString();
    }
}
