package io.entwine.api.connector;

import java.util.List;

/** One page of entity keys matching a native query; {@code nextPageToken} null on the last page. */
public record QueryPage(List<String> keys, String nextPageToken) {
    public QueryPage {
        keys = List.copyOf(keys);
    }
}
