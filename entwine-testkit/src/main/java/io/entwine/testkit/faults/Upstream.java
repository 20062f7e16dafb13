package io.entwine.testkit.faults;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Forwards a request read off the proxy's socket to the node behind it, headers and body as they came. Thread-safe. */
final class Upstream {
    private static final Logger log = LoggerFactory.getLogger(Upstream.class);
    /** Hop-by-hop headers, and those the JDK client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "transfer-encoding", "keep-alive", "proxy-connection", "te", "trailer");

    private final String target;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    Upstream(String target) {
        String s = target.strip();
        while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        this.target = s;
    }

    /** The node's answer, or null when it could not be reached; blocks for the exchange (at most 30 s). */
    HttpWire.Response forward(HttpWire.Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(target + request.target()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body().length == 0 && !request.method().equals("POST")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        for (HttpWire.Header h : request.headers()) {
            if (!NOT_FORWARDED.contains(h.name().toLowerCase(Locale.ROOT))) builder.header(h.name(), h.value());
        }
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            List<HttpWire.Header> headers = new ArrayList<>();
            response.headers().map().forEach((name, values) -> values.forEach(v -> headers.add(new HttpWire.Header(name, v))));
            return new HttpWire.Response(response.statusCode(), headers, response.body());
        } catch (IOException e) {
            log.debug("fault proxy could not reach {}: {}", target, e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
