package io.entwine.connector.support;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads RFC 5988 {@code Link} headers: {@code <https://host/items?page=2>; rel="next", <...>; rel="last"}. */
final class LinkHeader {

    private LinkHeader() {
    }

    /** The target of the first link whose {@code rel} includes {@code relation}, across all Link header values. */
    static Optional<String> find(List<String> headerValues, String relation) {
        for (String value : headerValues) {
            Optional<String> found = findIn(value, relation);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> findIn(String value, String relation) {
        int pos = 0;
        while (true) {
            int open = value.indexOf('<', pos);
            if (open < 0) {
                return Optional.empty();
            }
            int close = value.indexOf('>', open);
            if (close < 0) {
                return Optional.empty();
            }
            String target = value.substring(open + 1, close).trim();
            // parameters run until the next link; they contain no '<'
            int next = value.indexOf('<', close);
            String params = value.substring(close + 1, next < 0 ? value.length() : next);
            if (hasRelation(params, relation)) {
                return Optional.of(target);
            }
            if (next < 0) {
                return Optional.empty();
            }
            pos = next;
        }
    }

    private static boolean hasRelation(String params, String relation) {
        for (String param : params.split(";")) {
            String p = param.trim();
            if (p.endsWith(",")) {
                p = p.substring(0, p.length() - 1).trim();
            }
            int eq = p.indexOf('=');
            if (eq < 0 || !p.substring(0, eq).trim().equalsIgnoreCase("rel")) {
                continue;
            }
            String rels = p.substring(eq + 1).trim().replace("\"", "");
            for (String rel : rels.split("\\s+")) {
                if (rel.toLowerCase(Locale.ROOT).equals(relation)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code target} as a path relative to {@code baseUrl} when it lies under it (so it can be passed back to
     * {@link TrackerHttp#get}), otherwise unchanged.
     */
    static String relativeTo(String baseUrl, String target) {
        if (target.startsWith(baseUrl)) {
            String rest = target.substring(baseUrl.length());
            if (rest.isEmpty() || rest.startsWith("/") || rest.startsWith("?")) {
                return rest.isEmpty() ? "/" : rest;
            }
        }
        return target;
    }
}
