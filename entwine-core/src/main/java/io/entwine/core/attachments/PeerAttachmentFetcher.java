package io.entwine.core.attachments;

import io.entwine.api.errors.ConfigException;
import io.entwine.api.errors.EntityException;
import io.entwine.api.errors.RetriableSyncException;
import io.entwine.store.connection.Connection;
import io.entwine.transport.Envelope;
import io.entwine.transport.MessageSigner;
import io.entwine.transport.PeerHeaders;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Fetches attachment content from the sending node: a GET of {@code {peer}/peer/v1/attachments/{sha256}} signed with
 * the connection's secret (see {@link AttachmentServing}), whose body is handed over as a stream. Thread-safe; blocks.
 */
public final class PeerAttachmentFetcher implements PeerContent {
    private final HttpClient http;
    private final Clock clock;

    public PeerAttachmentFetcher(HttpClient http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public InputStream open(Connection connection, String sha256) {
        if (connection.peerUrl() == null) {
            throw new RetriableSyncException("connection '" + connection.name() + "' has no peer yet to fetch attachment content from");
        }
        String base = connection.peerUrl().endsWith("/") ? connection.peerUrl().substring(0, connection.peerUrl().length() - 1) : connection.peerUrl();
        Envelope envelope = new Envelope(UUID.randomUUID().toString(), connection.id(), AttachmentServing.MESSAGE_TYPE,
                clock.instant(), AttachmentServing.signedBody(sha256));
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(base + AttachmentServing.PATH_PREFIX + sha256))
                    .timeout(Duration.ofMinutes(10))
                    .header(PeerHeaders.CONNECTION, envelope.connectionId())
                    .header(PeerHeaders.MESSAGE_ID, envelope.messageId())
                    .header(PeerHeaders.MESSAGE_TYPE, envelope.type())
                    .header(PeerHeaders.TIMESTAMP, Long.toString(envelope.timestamp().toEpochMilli()))
                    .header(PeerHeaders.SIGNATURE, MessageSigner.sign(connection.secret(), envelope))
                    .GET().build();
        } catch (IllegalArgumentException e) {
            throw new ConfigException("peer URL '" + connection.peerUrl() + "' is not an absolute http(s) URL");
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new RetriableSyncException("fetching attachment content " + sha256 + " from peer " + base + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetriableSyncException("fetching attachment content " + sha256 + " from peer " + base + " was interrupted", e);
        }
        int status = response.statusCode();
        if (status == 200) return response.body();
        String reason;
        try (InputStream in = response.body()) {
            reason = new String(in.readNBytes(1000), StandardCharsets.UTF_8);
        } catch (IOException e) {
            reason = "";
        }
        String what = "peer " + base + " answered " + status + " to the request for attachment content " + sha256 + ": " + reason;
        if (status >= 500 || status == 429) throw new RetriableSyncException(what);
        throw new EntityException(what);
    }
}
