package io.entwine.core.attachments;

import com.sun.net.httpserver.HttpServer;
import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.replica.HubAttachment;
import io.entwine.store.Database;
import io.entwine.transport.InboundVerifier;
import io.entwine.transport.errors.MessageRejectedException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Test plumbing: the sending node's end of {@code GET /peer/v1/attachments/{sha256}} on a JDK HTTP server (with an
 * optional fault that corrupts answers), and tracker connectors that serve or take attachment streams.
 */
final class PeerLoop implements AutoCloseable {
    final HttpServer server;
    final AtomicInteger requests = new AtomicInteger();
    /** How many of the next answers get one byte flipped. */
    final AtomicInteger corruptNext = new AtomicInteger();

    PeerLoop(Database database, AttachmentSpool senderSpool, Clock clock) throws IOException {
        AttachmentServing serving = new AttachmentServing(new InboundVerifier(clock, Duration.ofMinutes(5)), database, senderSpool);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(AttachmentServing.PATH_PREFIX, exchange -> {
            requests.incrementAndGet();
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
            String sha = exchange.getRequestURI().getPath().substring(AttachmentServing.PATH_PREFIX.length());
            try {
                Path file = serving.open(headers, sha);
                boolean corrupt = corruptNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
                exchange.sendResponseHeaders(200, Files.size(file));
                try (InputStream in = Files.newInputStream(file); OutputStream out = exchange.getResponseBody()) {
                    byte[] buffer = new byte[64 * 1024];
                    int n;
                    boolean first = true;
                    while ((n = in.read(buffer)) >= 0) {
                        if (corrupt && first && n > 0) buffer[0] ^= 0x5a;
                        first = false;
                        out.write(buffer, 0, n);
                    }
                }
            } catch (MessageRejectedException rejected) {
                byte[] reason = rejected.reason().getBytes();
                exchange.sendResponseHeaders(rejected.httpStatus(), reason.length);
                exchange.getResponseBody().write(reason);
                exchange.close();
            }
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

    /** A tracker whose attachment {@code id} has the content {@code source} opens (called once per read). */
    static TrackerConnector serving(Supplier<InputStream> source, AtomicInteger reads) {
        return connector((method, args) -> switch (method) {
            case "supportsAttachments" -> true;
            case "openAttachment" -> {
                reads.incrementAndGet();
                yield source.get();
            }
            default -> null;
        });
    }

    /** A tracker that takes uploads, hashing (and counting) the streamed bytes instead of keeping them. */
    static final class Uploads {
        final AtomicInteger count = new AtomicInteger();
        volatile String lastSha256;
        volatile long lastSize;
        volatile String lastName;
        final TrackerConnector connector = connector((method, args) -> switch (method) {
            case "supportsAttachments" -> true;
            case "addAttachment" -> take((String) args[1], (String) args[2], (InputStream) args[4]);
            default -> null;
        });

        private HubAttachment take(String name, String mime, InputStream content) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                byte[] buffer = new byte[64 * 1024];
                long size = 0;
                int n;
                while ((n = content.read(buffer)) >= 0) {
                    digest.update(buffer, 0, n);
                    size += n;
                }
                lastSha256 = HexFormat.of().formatHex(digest.digest());
                lastSize = size;
                lastName = name;
                return new HubAttachment("local-" + count.incrementAndGet(), name, mime, size, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    interface Calls {
        Object call(String method, Object[] args);
    }

    private static TrackerConnector connector(Calls calls) {
        return (TrackerConnector) Proxy.newProxyInstance(PeerLoop.class.getClassLoader(), new Class<?>[]{TrackerConnector.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("kind")) return "test-tracker";
                    Object result = calls.call(method.getName(), args);
                    if (result == null && method.getReturnType() != void.class) {
                        throw new UnsupportedOperationException(method.getName() + " is not part of this test tracker");
                    }
                    return result;
                });
    }
}
