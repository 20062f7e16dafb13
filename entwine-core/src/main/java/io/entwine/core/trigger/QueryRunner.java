package io.entwine.core.trigger;

import io.entwine.api.connector.QueryPage;
import io.entwine.api.connector.TrackerConnector;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Runs native queries through the connector, following its pages. Blocking (tracker I/O); thread-safe as far as the
 * connector is. A query the tracker refuses fails with the connector's exception (a ConfigException or
 * EntityException naming the query's problem).
 */
public final class QueryRunner {
    static final int PAGE_SIZE = 100;
    /** No trigger or bulk query brings more than this many entities at once; the rest waits for the next run. */
    public static final int MAX_KEYS = 10_000;

    private final TrackerConnector connector;

    public QueryRunner(TrackerConnector connector) {
        this.connector = connector;
    }

    /** The keys matching {@code query}, in the tracker's order, at most {@link #MAX_KEYS}. */
    public Set<String> keys(String query) {
        Set<String> keys = new LinkedHashSet<>();
        String token = null;
        do {
            QueryPage page = connector.query(query, token, PAGE_SIZE);
            keys.addAll(page.keys());
            token = page.nextPageToken();
        } while (token != null && keys.size() < MAX_KEYS);
        return keys;
    }

    /** The keys matching any of {@code queries}. */
    public Set<String> keys(Collection<String> queries) {
        Set<String> keys = new LinkedHashSet<>();
        for (String query : queries) keys.addAll(keys(query));
        return keys;
    }
}
