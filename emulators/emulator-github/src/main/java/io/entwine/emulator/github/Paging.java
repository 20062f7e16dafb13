package io.entwine.emulator.github;

import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;

/**
 * GitHub's page-number paging: {@code per_page} (default 30, at most 100) and {@code page} (from 1), with a
 * {@code Link} header carrying {@code rel="prev"}, {@code "next"}, {@code "first"} and {@code "last"} URLs
 * that repeat the request's other query parameters.
 */
final class Paging {
    static final int DEFAULT_PER_PAGE = 30;
    static final int MAX_PER_PAGE = 100;

    private final Representations json;

    Paging(Representations json) {
        this.json = json;
    }

    /** The requested page of {@code all}; sets the Link header when there is more than one page. */
    <T> List<T> page(Context ctx, List<T> all) {
        int perPage = Math.min(MAX_PER_PAGE, Math.max(1, intParam(ctx, "per_page", DEFAULT_PER_PAGE)));
        int page = Math.max(1, intParam(ctx, "page", 1));
        int lastPage = Math.max(1, (all.size() + perPage - 1) / perPage);
        String link = link(ctx, page, lastPage);
        if (link != null) ctx.header("Link", link);
        int from = Math.min(all.size(), (page - 1) * perPage);
        int to = Math.min(all.size(), from + perPage);
        return new ArrayList<>(all.subList(from, to));
    }

    private String link(Context ctx, int page, int lastPage) {
        List<String> parts = new ArrayList<>();
        if (page > 1) {
            parts.add(entry(ctx, Math.min(page - 1, lastPage), "prev"));
        }
        if (page < lastPage) {
            parts.add(entry(ctx, page + 1, "next"));
            parts.add(entry(ctx, lastPage, "last"));
        }
        if (page > 1) parts.add(entry(ctx, 1, "first"));
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private String entry(Context ctx, int page, String rel) {
        return "<" + json.urls().api() + ctx.path() + "?" + withPage(ctx.queryString(), page) + ">; rel=\"" + rel + "\"";
    }

    /** The raw query with {@code page} replaced (or appended), other parameters kept as sent. */
    static String withPage(String query, int page) {
        List<String> kept = new ArrayList<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (!pair.equals("page") && !pair.startsWith("page=")) kept.add(pair);
            }
        }
        kept.add("page=" + page);
        return String.join("&", kept);
    }

    static int intParam(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) return fallback;
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
