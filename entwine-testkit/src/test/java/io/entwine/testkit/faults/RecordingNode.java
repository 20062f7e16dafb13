package io.entwine.testkit.faults;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for a node behind the proxy: records the message ids it receives in order and answers as a node does,
 * 202 for a new id and 409 {@code {"status":"duplicate"}} for one seen before; any other path answers 200.
 */
final class RecordingNode implements AutoCloseable {
    final List<String> received = new CopyOnWriteArrayList<>();
    final List<String> otherPaths = new CopyOnWriteArrayList<>();
    final Map<String, String> lastHeaders = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final HttpServer server;

    RecordingNode() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String answer;
            int status;
            if (exchange.getRequestURI().getPath().equals("/peer/v1/messages")) {
                String id = exchange.getRequestHeaders().getFirst("X-Entwine-Message-Id");
                received.add(id);
                exchange.getRequestHeaders().forEach((k, v) -> lastHeaders.put(k.toLowerCase(), v.get(0)));
                lastHeaders.put("body", new String(body, StandardCharsets.UTF_8));
                status = seen.add(id) ? 202 : 409;
                answer = status == 202 ? "{\"status\":\"accepted\"}" : "{\"status\":\"duplicate\"}";
            } else {
                otherPaths.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                status = 200;
                answer = "{}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
