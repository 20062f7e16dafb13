package io.entwine.emulator.github;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A webhook endpoint on loopback (JDK HttpServer) that keeps every delivery it receives, in order. Shared with the connector's tests. */
public final class HookReceiver implements AutoCloseable {
    public record Delivery(Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String event() {
            return header("X-GitHub-Event");
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();

    public HookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            deliveries.add(new Delivery(headers, exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next delivery, waiting up to five seconds for it; fails when none comes. */
    public Delivery next() {
        try {
            Delivery d = deliveries.poll(5, TimeUnit.SECONDS);
            if (d == null) throw new AssertionError("no webhook delivery arrived within 5 s");
            return d;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next {@code n} deliveries. */
    public List<Delivery> next(int n) {
        List<Delivery> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(next());
        return out;
    }

    /** Whatever arrives within {@code wait}; for proving that nothing (more) was sent. */
    public List<Delivery> drain(Duration wait) throws InterruptedException {
        List<Delivery> out = new ArrayList<>();
        Delivery d = deliveries.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        while (d != null) {
            out.add(d);
            d = deliveries.poll(50, TimeUnit.MILLISECONDS);
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
