package io.entwine.emulator.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request an emulator served, with its answer. Bodies are kept as text (JSON APIs) so tests can
 * validate both sides of the exchange against the tracker's official API description. {@code readOnly}
 * marks a POST that only reads (Jira's {@code POST /search/jql}).
 */
public record RecordedExchange(long sequence, Instant at, String method, String path, String query,
                               Map<String, List<String>> requestHeaders, String requestBody,
                               int status, Map<String, String> responseHeaders, String responseBody, boolean readOnly) {

    public RecordedExchange(long sequence, Instant at, String method, String path, String query,
                            Map<String, List<String>> requestHeaders, String requestBody,
                            int status, Map<String, String> responseHeaders, String responseBody) {
        this(sequence, at, method, path, query, requestHeaders, requestBody, status, responseHeaders, responseBody, false);
    }

    /** True for requests that change tracker state (POST, PUT, PATCH, DELETE, except read-only POSTs). */
    public boolean isWrite() {
        return !readOnly && !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }
}
