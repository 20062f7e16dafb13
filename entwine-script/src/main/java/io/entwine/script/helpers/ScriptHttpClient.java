package io.entwine.script.helpers;

import groovy.json.JsonOutput;
import groovy.json.JsonSlurper;
import groovy.lang.Closure;
import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.connector.TrackerHttpResponse;
import io.entwine.api.errors.EntityException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code httpClient}: the local tracker's REST API with the connector's credentials. Paths are relative to the
 * tracker's base URL; bodies are JSON text or a map/list (written as JSON); answers are parsed JSON (maps, lists,
 * text, numbers), null for an empty answer or a 404. Other refusals are the connector's errors: a 4xx blocks this
 * twin ({@code EntityException}), rejected credentials and transient trouble are reported as for any tracker call.
 *
 * <p>{@link #http} is the long form scripts written for Exalate use: the closure gets the request and the response
 * ({@code res.code}, {@code res.body}) and its result is returned. Request headers are set by the connector (the
 * {@code headers} argument is accepted and ignored). Blocking; one instance per run.
 */
public class ScriptHttpClient {
    private final TrackerConnector connector;

    public ScriptHttpClient(TrackerConnector connector) {
        this.connector = connector;
    }

    public Object get(String path) {
        return answer("GET", path, send("GET", path, null));
    }

    public Object get(String path, Map<?, ?> queryParams) {
        return get(withQuery(path, queryParams));
    }

    public Object post(String path, Object body) {
        return answer("POST", path, send("POST", path, body));
    }

    public Object put(String path, Object body) {
        return answer("PUT", path, send("PUT", path, body));
    }

    public Object patch(String path, Object body) {
        return answer("PATCH", path, send("PATCH", path, body));
    }

    public Object delete(String path) {
        return answer("DELETE", path, send("DELETE", path, null));
    }

    /**
     * Sends {@code method} and hands the request and response to {@code handler} ({@code { req, res -> ... }});
     * returns what the handler returns, or the parsed body when there is no handler.
     */
    public Object http(String method, String path, Object body, Map<?, ?> queryParams, Map<?, ?> headers, Closure<?> handler) {
        String target = withQuery(path, queryParams);
        TrackerHttpResponse response = send(method, target, body);
        Response res = new Response(response.status(), parse(response.body()), response.headers());
        if (handler == null) return res.getBody();
        Request req = new Request(method.toUpperCase(java.util.Locale.ROOT), target, body == null ? null : json(body));
        return handler.getMaximumNumberOfParameters() >= 2 ? handler.call(req, res) : handler.call(res);
    }

    public Object http(String method, String path, Object body, Map<?, ?> queryParams, Map<?, ?> headers) {
        return http(method, path, body, queryParams, headers, null);
    }

    /** The request a handler of {@link #http} receives. */
    public record Request(String method, String path, String body) {
        public String getMethod() { return method; }
        public String getPath() { return path; }
        public String getBody() { return body; }
    }

    /** The response a handler of {@link #http} receives: {@code code}, parsed {@code body}, {@code headers}. */
    public record Response(int code, Object body, Map<String, List<String>> headers) {
        public int getCode() { return code; }
        public Object getBody() { return body; }
        public Map<String, List<String>> getHeaders() { return headers; }
    }

    /** Parsed JSON text; a non-JSON text as it is; empty text gives null. */
    static Object parse(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip();
        char first = t.charAt(0);
        boolean json = first == '{' || first == '[' || first == '"' || first == '-' || Character.isDigit(first)
                || t.equals("true") || t.equals("false") || t.equals("null");
        if (!json) return text;
        try {
            return new JsonSlurper().parseText(t);
        } catch (RuntimeException notJson) {
            return text;
        }
    }

    private TrackerHttpResponse send(String method, String path, Object body) {
        if (path == null || path.isBlank()) throw new IllegalArgumentException("httpClient needs a path relative to the tracker's base URL");
        if (connector == null) throw new IllegalStateException("httpClient needs the local tracker, and this run has none");
        return connector.rawRequest(method.toUpperCase(java.util.Locale.ROOT), path, body == null ? null : json(body));
    }

    private static Object answer(String method, String path, TrackerHttpResponse response) {
        if (response.status() == 404) return null;
        if (!response.isSuccess()) {
            throw new EntityException("the tracker answered " + response.status() + " to " + method + " " + path + ": " + response.body());
        }
        return parse(response.body());
    }

    private static String json(Object body) {
        return body instanceof CharSequence s ? s.toString() : JsonOutput.toJson(body);
    }

    private static String withQuery(String path, Map<?, ?> query) {
        if (query == null || query.isEmpty()) return path;
        StringBuilder b = new StringBuilder(path).append(path.contains("?") ? '&' : '?');
        boolean first = true;
        for (Map.Entry<?, ?> e : query.entrySet()) {
            Object value = e.getValue();
            for (Object v : value instanceof Iterable<?> it ? it : List.of(value == null ? "" : value)) {
                if (!first) b.append('&');
                first = false;
                b.append(encode(String.valueOf(e.getKey()))).append('=').append(encode(String.valueOf(v)));
            }
        }
        return b.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
