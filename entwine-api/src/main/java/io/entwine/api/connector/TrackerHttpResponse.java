package io.entwine.api.connector;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tracker's answer to {@link TrackerConnector#rawRequest}: the HTTP status, the body as text (JSON for the
 * trackers we speak to; empty when there was none) and the headers (names case-insensitive).
 */
public record TrackerHttpResponse(int status, String body, Map<String, List<String>> headers) {

    public TrackerHttpResponse {
        body = body == null ? "" : body;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) headers.forEach((k, v) -> copy.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        headers = copy;
    }

    /** True for a 2xx answer. */
    public boolean isSuccess() {
        return status / 100 == 2;
    }
}
