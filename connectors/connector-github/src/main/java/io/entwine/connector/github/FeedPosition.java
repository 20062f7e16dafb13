package io.entwine.connector.github;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Where one feed (issues or repository comments) stands within a polling sweep: the {@code since} the sweep
 * started from, the {@code since} and page of the next request, the newest {@code updated_at} seen so far,
 * and whether the feed reached the present. A null {@code start} means the beginning of time.
 */
record FeedPosition(Instant start, Instant since, int page, Instant newest, boolean done) {

    static FeedPosition beginning() {
        return new FeedPosition(null, null, 1, null, false);
    }

    /** After a page of {@code size} items (requested {@code perPage}) whose last item has {@code lastUpdated}. */
    FeedPosition after(int size, int perPage, Instant lastUpdated, Instant pageNewest) {
        Instant newestSoFar = max(newest, pageNewest);
        if (size < perPage) return new FeedPosition(start, since, page, newestSoFar, true);
        // Move the window up to the last item seen (re-reading that second is harmless: the engine de-duplicates)
        // instead of paging through a list that shifts whenever an item in it is updated meanwhile. Only a full
        // page inside one second forces page numbers.
        if (since == null || lastUpdated.isAfter(since)) return new FeedPosition(start, lastUpdated, 1, newestSoFar, false);
        return new FeedPosition(start, since, page + 1, newestSoFar, false);
    }

    /**
     * The next sweep's start: the newest change seen minus the overlap (GitHub's timestamps have second
     * precision and a change can land in the second we read), never earlier than this sweep's start.
     */
    FeedPosition nextSweep(Duration overlap) {
        Instant next = newest == null ? start : max(start, newest.minus(overlap));
        return new FeedPosition(next, next, 1, null, false);
    }

    void writeTo(Map<String, String> cursor, String prefix) {
        if (start != null) cursor.put(prefix + "start", start.toString());
        if (since != null) cursor.put(prefix + "since", since.toString());
        if (page != 1) cursor.put(prefix + "page", String.valueOf(page));
        if (newest != null) cursor.put(prefix + "newest", newest.toString());
        if (done) cursor.put(prefix + "done", "true");
    }

    static FeedPosition readFrom(Map<String, String> cursor, String prefix) {
        String page = cursor.get(prefix + "page");
        return new FeedPosition(instant(cursor.get(prefix + "start")), instant(cursor.get(prefix + "since")),
                page == null ? 1 : Integer.parseInt(page), instant(cursor.get(prefix + "newest")),
                "true".equals(cursor.get(prefix + "done")));
    }

    private static Instant instant(String value) {
        return value == null ? null : Instant.parse(value);
    }

    private static Instant max(Instant a, Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }
}
