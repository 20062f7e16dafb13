package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@code GET /search/issues}: issues and pull requests matching a {@link SearchQuery}, paged, at most 1000 results. */
final class SearchRoutes {
    private static final int MAX_RESULTS = 1000;

    private final GitHubWorld world;
    private final Representations json;
    private final Paging paging;

    SearchRoutes(GitHubWorld world, Representations json, Paging paging) {
        this.world = world;
        this.json = json;
        this.paging = paging;
    }

    void register(RouteTable routes) {
        routes.get("/search/issues", this::search);
    }

    private Reply search(Context ctx, Account actor) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw ApiError.validation("Search", "q", "missing", null,
                    "https://docs.github.com/rest/search/search#search-issues-and-pull-requests");
        }
        SearchQuery query = SearchQuery.parse(q);
        record Hit(Repo repo, Issue issue) { }
        List<Hit> hits = new ArrayList<>();
        for (Repo repo : world.repos()) {
            if (!query.covers(repo)) continue;
            for (Issue issue : repo.liveIssues()) if (query.matches(issue)) hits.add(new Hit(repo, issue));
        }
        Comparator<Issue> issueOrder = switch (IssueRoutes.param(ctx, "sort", "")) {
            case "updated" -> Comparator.comparing((Issue i) -> i.updated);
            case "comments" -> Comparator.comparingInt((Issue i) -> i.comments);
            default -> Comparator.comparing((Issue i) -> i.created);
        };
        Comparator<Hit> order = Comparator.comparing(Hit::issue, issueOrder.thenComparingLong(i -> i.id));
        if (!"asc".equals(ctx.queryParam("order"))) order = order.reversed();
        List<Hit> sorted = hits.stream().sorted(order).limit(MAX_RESULTS).toList();

        ObjectNode out = Representations.MAPPER.createObjectNode();
        out.put("total_count", hits.size());
        out.put("incomplete_results", false);
        ArrayNode items = out.putArray("items");
        for (Hit hit : paging.page(ctx, sorted)) {
            ObjectNode item = json.issue(hit.repo(), hit.issue());
            // GitHub sends "body": null here; the description types a search item's body as a plain string,
            // so an empty body is left out (search is used for keys, bodies are read through the issues API)
            if (hit.issue().body == null) item.remove("body");
            item.put("score", 1.0);
            items.add(item);
        }
        out.put("search_type", "lexical");
        return Reply.ok(out);
    }
}
