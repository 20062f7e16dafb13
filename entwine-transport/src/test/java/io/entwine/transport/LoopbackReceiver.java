package io.entwine.transport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.entwine.transport.errors.MessageRejectedException;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real peer on loopback: verifies every message with {@link InboundVerifier}, answers accepted / duplicate /
 * rejected as a node would, and can be told to fail the next requests first.
 */
final class LoopbackReceiver implements AutoCloseable {

    record Forced(int status, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final InboundVerifier verifier;
    private final Map<String, byte[]> secrets;
    private final ConcurrentLinkedQueue<Forced> forced = new ConcurrentLinkedQueue<>();
    private final Set<String> seenIds = ConcurrentHashMap.newKeySet();
    final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    final List<Envelope> accepted = new CopyOnWriteArrayList<>();

    LoopbackReceiver(InboundVerifier verifier, Map<String, byte[]> secrets) throws IOException {
        this.verifier = verifier;
        this.secrets = secrets;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PeerHeaders.MESSAGES_PATH, this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next request is answered with this instead of being verified. */
    LoopbackReceiver failNextWith(int status, Map<String, String> headers, String body) {
        forced.add(new Forced(status, headers, body));
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
        requests.add(headers);
        Forced failure = forced.poll();
        if (failure != null) {
            failure.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            answer(exchange, failure.status(), failure.body().getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            VerifiedMessage message = verifier.verify(headers, body, id -> Optional.ofNullable(secrets.get(id)));
            if (!seenIds.add(message.envelope().messageId())) {
                answer(exchange, PeerAnswers.DUPLICATE_STATUS, PeerAnswers.duplicate());
                return;
            }
            accepted.add(message.envelope());
            answer(exchange, 200, PeerAnswers.accepted());
        } catch (MessageRejectedException e) {
            answer(exchange, e.httpStatus(), PeerAnswers.rejected(e.reason()));
        }
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
