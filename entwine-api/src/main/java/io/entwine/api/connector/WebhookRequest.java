package io.entwine.api.connector;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A webhook delivery as received: headers (case-insensitive names) and the raw body bytes (signatures are over these). */
public record WebhookRequest(Map<String, List<String>> headers, byte[] body) {

    public WebhookRequest {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> copy.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        headers = copy;
    }

    /** First value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
