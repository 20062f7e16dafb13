package io.entwine.connector.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.errors.ConfigException;
import io.entwine.api.errors.EntityException;
import io.entwine.api.errors.EntityNotFoundException;
import io.entwine.api.errors.RateLimitedException;
import io.entwine.api.errors.RetriableSyncException;
import io.entwine.api.errors.SyncException;
import io.entwine.api.replica.HubAttachment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import static io.entwine.connector.support.TrackerHttp.encode;

/**
 * Attachment content to and from Jira Cloud, streamed: an upload is written as {@code multipart/form-data} by hand
 * around the caller's stream ({@code POST /rest/api/3/issue/{key}/attachments}, field {@code file}, header
 * {@code X-Atlassian-Token: no-check}), a download follows Cloud's redirect from {@code /attachment/content/{id}} to
 * the media host and hands the body over as a stream. Credentials are sent to the site's own origin only, never
 * to where a redirect points. Neither direction retries (a stream is read once): transient trouble is a
 * {@code RetriableSyncException} and the engine runs the event again. Thread-safe; every call blocks on HTTP.
 */
final class JiraAttachments {
    private static final int MAX_REDIRECTS = 5;

    private final String baseUrl;
    private final Supplier<String> authorization;
    private final HttpClient http;
    private final IssueMapping mapping;

    JiraAttachments(String baseUrl, Supplier<String> authorization, IssueMapping mapping) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = authorization;
        this.mapping = mapping;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER) // followed by hand, without credentials off-site
                .build();
    }

    /** The content of attachment {@code id}, as a stream the caller closes. */
    InputStream open(String key, String id) {
        String call = "GET /rest/api/3/attachment/content/" + id;
        URI uri = URI.create(baseUrl + "/rest/api/3/attachment/content/" + encode(id));
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).GET();
            if (sameOrigin(uri)) request.header("Authorization", authorization.get());
            HttpResponse<InputStream> response = send(request.build(), HttpResponse.BodyHandlers.ofInputStream(), call);
            int status = response.statusCode();
            if (status / 100 == 2) return response.body();
            String location = response.headers().firstValue("Location").orElse(null);
            if (status / 100 == 3 && location != null) {
                drain(response.body());
                uri = uri.resolve(location);
                continue;
            }
            String reason = text(response.body());
            if (status == 404) throw new EntityNotFoundException(key, "Jira has no attachment " + id + " (" + call + " answered 404)");
            throw failure(call, status, reason, response);
        }
        throw new EntityException("Jira Cloud " + call + ": more than " + MAX_REDIRECTS + " redirects");
    }

    /** Uploads {@code size} bytes of {@code content} as one file; returns the attachment Jira stored. */
    HubAttachment upload(String key, String fileName, String mimeType, long size, InputStream content) {
        String call = "POST /rest/api/3/issue/" + key + "/attachments";
        String boundary = "entwine-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + quoted(fileName)
                + "\"\r\nContent-Type: " + (mimeType == null || mimeType.isBlank() ? "application/octet-stream" : mimeType)
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofByteArray(head),
                HttpRequest.BodyPublishers.ofInputStream(() -> new UnclosedStream(content)),
                HttpRequest.BodyPublishers.ofByteArray(tail)), head.length + size + tail.length);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/rest/api/3/issue/" + encode(key) + "/attachments"))
                .timeout(Duration.ofMinutes(10))
                .header("Authorization", authorization.get())
                .header("Accept", "application/json")
                .header("X-Atlassian-Token", "no-check")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(body).build();
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString(), call);
        int status = response.statusCode();
        if (status / 100 != 2) {
            if (status == 404) throw new EntityNotFoundException(key, "Jira issue " + key + " does not exist (" + call + " answered 404)");
            throw failure(call, status, response.body(), response);
        }
        JsonNode stored = parse(response.body(), call);
        if (!stored.isArray() || stored.isEmpty()) throw new EntityException("Jira Cloud " + call + " answered without the stored attachment");
        return mapping.attachment(stored.get(0));
    }

    void delete(String id) {
        String call = "DELETE /rest/api/3/attachment/" + id;
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/rest/api/3/attachment/" + encode(id)))
                .timeout(Duration.ofSeconds(30)).header("Authorization", authorization.get()).DELETE().build();
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString(), call);
        int status = response.statusCode();
        if (status / 100 == 2 || status == 404) return; // gone already is what we wanted
        throw failure(call, status, response.body(), response);
    }

    private boolean sameOrigin(URI uri) {
        URI base = URI.create(baseUrl);
        return Objects.equals(base.getScheme(), uri.getScheme()) && Objects.equals(base.getHost(), uri.getHost())
                && base.getPort() == uri.getPort();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, String call) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new RetriableSyncException("Jira Cloud " + call + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetriableSyncException("Jira Cloud " + call + " was interrupted", e);
        }
    }

    private static SyncException failure(String call, int status, String reason, HttpResponse<?> response) {
        String what = "Jira Cloud " + call + " answered " + status + (reason == null || reason.isBlank() ? "" : ": " + abbreviate(reason));
        if (status == 401) return new ConfigException(what + " (check 'email' and 'apiToken')");
        if (status == 429) {
            long seconds = response.headers().firstValue("Retry-After").map(JiraAttachments::seconds).orElse(5L);
            return new RateLimitedException(what, Duration.ofSeconds(seconds));
        }
        if (status >= 500) return new RetriableSyncException(what);
        return new EntityException(what);
    }

    private static long seconds(String value) {
        try {
            return Math.max(1, Long.parseLong(value.trim()));
        } catch (NumberFormatException httpDate) {
            return 5;
        }
    }

    private static JsonNode parse(String body, String call) {
        try {
            return JiraApi.JSON.readTree(body);
        } catch (IOException e) {
            throw new EntityException("Jira Cloud " + call + " answered with malformed JSON: " + e.getMessage());
        }
    }

    private static String text(InputStream body) {
        try (InputStream in = body) {
            return new String(in.readNBytes(2000), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void drain(InputStream body) {
        try (InputStream in = body) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException ignored) {
            // the redirect's body is of no interest
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    /** File names travel in a quoted header parameter: drop what would end it or the header. */
    private static String quoted(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "attachment" : fileName;
        return name.replace("\"", "'").replace("\r", " ").replace("\n", " ");
    }

    /** The caller owns the content stream: the publisher closing it at the end must not close theirs. */
    private static final class UnclosedStream extends java.io.FilterInputStream {
        UnclosedStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // left to the caller
        }
    }
}
