package io.entwine.emulator.core.faults;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a fault scope sees of a request before any route runs: method, path and headers (names matched without
 * regard to case).
 */
public record FaultRequest(String method, String path, Map<String, String> headers) {

    public FaultRequest {
        Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        headers = java.util.Collections.unmodifiableMap(copy);
    }

    /** The header's value, or null. */
    public String header(String name) {
        return headers.get(name);
    }

    /** The {@code Authorization} header's value, or null: the usual way to scope faults to one caller. */
    public String authorization() {
        return header("Authorization");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
