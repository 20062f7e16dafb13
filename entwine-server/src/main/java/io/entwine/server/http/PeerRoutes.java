package io.entwine.server.http;

import io.entwine.api.connector.WebhookRequest;
import io.entwine.core.Node;
import io.entwine.core.incoming.InboxResult;
import io.entwine.transport.PeerAnswers;
import io.entwine.transport.PeerHeaders;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Node-to-node messages, attachment content for the peer, and tracker webhooks: the routes the outside world calls. */
final class PeerRoutes {
    private final Node node;

    PeerRoutes(Node node) {
        this.node = node;
    }

    List<Route> routes() {
        return List.of(
                new Route("POST", PeerHeaders.MESSAGES_PATH, this::message, Route.Access.SIGNED),
                new Route("GET", "/peer/v1/attachments/{sha256}", this::attachment, Route.Access.SIGNED),
                new Route("POST", "/webhooks/{kind}", this::webhook, Route.Access.SIGNED));
    }

    private void message(Context ctx) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(ctx.headerMap());
        InboxResult result = node.receivePeerMessage(headers, ctx.bodyAsBytes());
        if (result == InboxResult.DUPLICATE) {
            ctx.status(PeerAnswers.DUPLICATE_STATUS).contentType("application/json").result(PeerAnswers.duplicate());
        } else {
            ctx.status(result == InboxResult.QUEUED ? 202 : 200).contentType("application/json").result(PeerAnswers.accepted());
        }
    }

    /** Streams spooled attachment content to the peer whose signed request asks for it (never read whole into memory). */
    private void attachment(Context ctx) throws java.io.IOException {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(ctx.headerMap());
        java.nio.file.Path content = node.peerAttachment(headers, ctx.pathParam("sha256"));
        ctx.status(200).contentType("application/octet-stream");
        ctx.header("Content-Length", Long.toString(java.nio.file.Files.size(content)));
        ctx.result(java.nio.file.Files.newInputStream(content));
    }

    private void webhook(Context ctx) {
        String kind = ctx.pathParam("kind");
        if (!kind.equals(node.connector().kind())) {
            throw new NotFound("this node serves a " + node.connector().kind() + " tracker, not " + kind);
        }
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : ctx.headerMap().keySet()) headers.put(name, ctx.req().getHeaders(name) == null ? List.of()
                : java.util.Collections.list(ctx.req().getHeaders(name)));
        int queued = node.receiveWebhook(new WebhookRequest(headers, ctx.bodyAsBytes()));
        ctx.status(202).json(Map.of("queued", queued));
    }
}
