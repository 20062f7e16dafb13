package io.entwine.connector.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * A successful tracker answer.
 *
 * @param status   the HTTP status (2xx, or 304 for conditional requests)
 * @param body     the parsed JSON body; {@code MissingNode} when the body was empty, a text node when it was not JSON
 * @param headers  the response headers (look-ups are case-insensitive)
 * @param nextLink the {@code Link: <...>; rel="next"} target, relative to the base URL when it lies under it
 */
public record JsonResponse(int status, JsonNode body, HttpHeaders headers, Optional<String> nextLink) {

    /** The first value of the header {@code name}, whatever its case. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }
}
