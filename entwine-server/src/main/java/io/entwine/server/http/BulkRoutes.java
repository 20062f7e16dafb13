package io.entwine.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.errors.ConfigException;
import io.entwine.core.Node;
import io.entwine.core.bulk.KeyPair;
import io.entwine.store.bulk.BulkJob;
import io.entwine.store.connection.Connection;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Bulk operations of a connection (started in the background, answered 202 with the job) and their progress. */
final class BulkRoutes {
    private final Node node;

    BulkRoutes(Node node) {
        this.node = node;
    }

    List<Route> routes() {
        return List.of(
                new Route("POST", "/api/connections/{id}/bulk/sync", this::sync),
                new Route("POST", "/api/connections/{id}/bulk/connect", this::connect),
                new Route("POST", "/api/connections/{id}/bulk/unsync", this::unsync),
                new Route("GET", "/api/bulk", this::list),
                new Route("GET", "/api/bulk/{jobId}", this::get));
    }

    private void sync(Context ctx) {
        Connection connection = LifecycleRoutes.connection(node, ctx);
        started(ctx, node.bulkJobs().syncMatching(connection.id(), Json.field(ctx, "query")));
    }

    private void connect(Context ctx) {
        Connection connection = LifecycleRoutes.connection(node, ctx);
        JsonNode pairs = Json.body(ctx).path("pairs");
        if (!pairs.isArray() || pairs.isEmpty()) {
            throw new ConfigException("request body needs 'pairs': a non-empty list of {\"local\": key, \"remote\": key}");
        }
        List<KeyPair> list = new ArrayList<>();
        for (JsonNode pair : pairs) {
            String local = pair.path("local").asText(null);
            String remote = pair.path("remote").asText(null);
            if (local == null || local.isBlank() || remote == null || remote.isBlank()) {
                throw new ConfigException("pair " + list.size() + " needs a non-empty 'local' and 'remote' key, got " + pair);
            }
            list.add(new KeyPair(local, remote));
        }
        started(ctx, node.bulkJobs().connect(connection.id(), list));
    }

    private void unsync(Context ctx) {
        Connection connection = LifecycleRoutes.connection(node, ctx);
        JsonNode body = Json.body(ctx);
        List<String> keys = new ArrayList<>();
        for (JsonNode key : body.path("keys")) keys.add(key.asText());
        String query = body.path("query").asText(null);
        if (keys.isEmpty() && (query == null || query.isBlank())) {
            throw new ConfigException("request body needs a 'query' or a non-empty list of local 'keys'");
        }
        started(ctx, node.bulkJobs().unsync(connection.id(), query, keys));
    }

    private void list(Context ctx) {
        ctx.json(node.bulkJobs().list(100).stream().map(JobView::of).toList());
    }

    private void get(Context ctx) {
        String id = ctx.pathParam("jobId");
        ctx.json(JobView.of(node.bulkJobs().find(id).orElseThrow(() -> new NotFound("no bulk job '" + id + "' on this node"))));
    }

    private static void started(Context ctx, BulkJob job) {
        ctx.status(202).json(JobView.of(job));
    }

    record JobView(String id, String connectionId, String kind, String state, int total, int done, int failed,
                   String message, Instant createdAt, Instant updatedAt) {
        static JobView of(BulkJob j) {
            return new JobView(j.id(), j.connectionId(), j.kind(), j.state().name(), j.total(), j.done(), j.failed(),
                    j.message(), j.createdAt(), j.updatedAt());
        }
    }
}
