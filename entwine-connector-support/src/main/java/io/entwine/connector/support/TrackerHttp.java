package io.entwine.connector.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.entwine.api.errors.ConfigException;
import io.entwine.api.errors.RateLimitedException;
import io.entwine.api.errors.RetriableSyncException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * JSON over HTTP to one tracker, with the waiting and retrying every connector needs.
 *
 * <p>Behaviour of every call: a rate-limit answer (429, or 403 with {@code Retry-After} or
 * {@code x-ratelimit-remaining: 0}) is waited out through the {@link Sleeper} when the tracker's wait is at most
 * {@code maxInlineWait}, otherwise it becomes a {@link RateLimitedException} carrying the wait; 5xx answers, I/O
 * errors and timeouts are retried with exponential backoff and jitter, then become a
 * {@link RetriableSyncException}; 401 becomes a {@code ConfigException}, 403 an {@code EntityException}, 404 an
 * {@code EntityNotFoundException}, any other 4xx an {@code EntityException} quoting the tracker's message. At most
 * {@code maxAttempts} requests are sent per call.
 *
 * <p>A POST is not idempotent: a POST whose answer was lost (timeout, broken connection) or came back 5xx may have
 * been applied, so it is never resent here; it fails at once with an {@link OutcomeUnknownException} and the caller
 * looks for what it created before sending it again ({@code io.entwine.connector.support.origin}). A POST that only
 * reads (a search) goes through {@link #postReading} and is retried like a GET. A POST that was refused before the
 * tracker saw it (connection refused, rate limited) is retried as usual.
 *
 * <p>Thread-safe; every call blocks the calling thread for the requests and any waits. Interrupting the thread
 * ends the call with a {@code RetriableSyncException} and keeps the interrupt flag set. Authorization header values
 * are never logged.
 */
public final class TrackerHttp {

    private static final Logger log = LoggerFactory.getLogger(TrackerHttp.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APPLICATION_JSON = "application/json";

    private final String tracker;
    private final String baseUrl;
    private final URI base;
    private final Supplier<String> authorization;
    private final Map<String, String> defaultHeaders;
    private final Clock clock;
    private final Sleeper sleeper;
    private final int maxAttempts;
    private final Duration maxInlineWait;
    private final Duration requestTimeout;
    private final Duration settleAfterLostAnswer;
    private final Backoff backoff;
    private final HttpClient http;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicReference<RateLimitState> rateLimit = new AtomicReference<>(RateLimitState.UNKNOWN);
    /** Once the tracker said "wait until T", no request leaves before T: every thread learns it from one answer. */
    private final AtomicReference<Instant> quietUntil = new AtomicReference<>(Instant.MIN);

    private TrackerHttp(Builder b) {
        this.tracker = b.trackerName;
        this.baseUrl = b.baseUrl;
        this.base = b.base;
        this.authorization = b.authorization;
        this.defaultHeaders = Map.copyOf(b.defaultHeaders);
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.maxAttempts = b.maxAttempts;
        this.maxInlineWait = b.maxInlineWait;
        this.requestTimeout = b.requestTimeout;
        this.settleAfterLostAnswer = b.settleAfterLostAnswer;
        this.backoff = new Backoff(b.backoffBase, b.backoffCap, b.random);
        this.http = b.httpClient != null ? b.httpClient : HttpClient.newBuilder()
                .connectTimeout(b.requestTimeout)
                .followRedirects(HttpClient.Redirect.NEVER) // never carry credentials to wherever a redirect points
                .build();
    }

    /**
     * Starts a client for {@code trackerName} (used in every error message) at {@code baseUrl}, an absolute
     * http(s) URL to which request paths are appended.
     */
    public static Builder builder(String trackerName, String baseUrl) {
        return new Builder(trackerName, baseUrl);
    }

    public JsonResponse get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    /** A POST that creates or changes something: never resent when its outcome is unknown (see the class). */
    public JsonResponse post(String path, JsonNode body) {
        return send("POST", path, body);
    }

    /** A POST that only reads (a search with a JSON body): retried like a GET. */
    public JsonResponse postReading(String path, JsonNode body) {
        return send("POST", path, body, true);
    }

    public JsonResponse put(String path, JsonNode body) {
        return send("PUT", path, body);
    }

    public JsonResponse patch(String path, JsonNode body) {
        return send("PATCH", path, body);
    }

    public JsonResponse delete(String path) {
        return send("DELETE", path, null);
    }

    /**
     * Sends {@code method} to {@code pathAndQuery} (relative to the base URL, or an absolute URL on the same host,
     * such as a {@link JsonResponse#nextLink()}), with {@code bodyOrNull} as JSON. Query values must already be
     * encoded ({@link #encode(String)}).
     *
     * @return the answer when the tracker accepted the call (2xx or 304)
     * @throws RateLimitedException    when the tracker's wait is longer than {@code maxInlineWait} or attempts ran out
     * @throws RetriableSyncException  when 5xx or I/O errors persisted through every attempt
     * @throws io.entwine.api.errors.SyncException a {@code ConfigException}, {@code EntityException} or
     *                                 {@code EntityNotFoundException} for 4xx answers, as described on the class
     */
    public JsonResponse send(String method, String pathAndQuery, JsonNode bodyOrNull) {
        return send(method, pathAndQuery, bodyOrNull, !"POST".equalsIgnoreCase(method));
    }

    /**
     * Waits the backoff before attempt {@code attempt + 1} of a call the caller repeats itself (a create resent
     * after its marker was not found).
     */
    public void waitBeforeRetry(String call, String why, int attempt) {
        retryLater(call, why, attempt, backoff.delay(attempt));
    }

    /**
     * Waits until a request whose answer was lost can be assumed finished on the tracker's side, so a look-up of
     * what it made can be trusted ({@code settleAfterLostAnswer}, default 10 s).
     */
    public void waitForLostRequestToSettle(String call) {
        retryLater(call, "lost its answer; the tracker may still be applying it", 0, settleAfterLostAnswer);
    }

    /** Requests sent per call at most, the first included. */
    public int maxAttempts() {
        return maxAttempts;
    }

    private JsonResponse send(String method, String pathAndQuery, JsonNode bodyOrNull, boolean idempotent) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathAndQuery, "pathAndQuery");
        URI uri = resolve(pathAndQuery);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String call = method + " " + (isAbsolute(pathAndQuery) ? path : stripQuery(pathAndQuery));
        byte[] payload = bodyOrNull == null ? null : toBytes(bodyOrNull);
        for (int attempt = 1; ; attempt++) {
            Duration quiet = attempt == 1 ? Duration.between(clock.instant(), quietUntil.get()) : Duration.ZERO;
            if (!quiet.isNegative() && !quiet.isZero()) {
                if (attempt < maxAttempts && quiet.compareTo(maxInlineWait) <= 0) {
                    retryLater(call, "waits for the tracker's rate limit", attempt, quiet);
                    continue;
                }
                throw new RateLimitedException(tracker + " rate limit in force: " + call + " not sent; retry after "
                        + format(quiet), quiet);
            }
            HttpResponse<byte[]> response;
            try {
                calls.incrementAndGet();
                response = http.send(request(method, uri, payload), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                String cause = describe(e);
                if (!idempotent && !(e instanceof java.net.ConnectException) && !(e instanceof java.net.http.HttpConnectTimeoutException)) {
                    throw new OutcomeUnknownException(tracker + " " + call + " " + cause
                            + "; the tracker may have applied it, so it is not resent blindly", e);
                }
                if (attempt >= maxAttempts) {
                    throw new RetriableSyncException(failedAfter(call, attempt) + cause, e);
                }
                retryLater(call, cause, attempt, backoff.delay(attempt));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RetriableSyncException(tracker + " " + call + " was interrupted", e);
            }
            HttpHeaders headers = response.headers();
            RateLimitState.from(headers).ifPresent(rateLimit::set);
            int status = response.statusCode();
            if (status / 100 == 2 || status == 304) {
                return new JsonResponse(status, parse(response.body()), headers, nextLink(headers));
            }
            if (isRateLimited(status, headers)) {
                Duration wait = rateLimitWait(headers, attempt);
                Instant until = clock.instant().plus(wait);
                quietUntil.accumulateAndGet(until, (a, b) -> a.isAfter(b) ? a : b);
                if (attempt < maxAttempts && wait.compareTo(maxInlineWait) <= 0) {
                    retryLater(call, "rate limited (" + status + ")", attempt, wait);
                    quietUntil.compareAndSet(until, Instant.MIN); // this thread waited it out: the limit is over
                    continue;
                }
                throw new RateLimitedException(tracker + " rate-limited " + call + " (" + status + "); retry after "
                        + format(wait), wait);
            }
            String reason = TrackerErrorMessages.describe(parse(response.body()), text(response.body()));
            if (status >= 500) {
                if (!idempotent) {
                    throw new OutcomeUnknownException(tracker + " " + call + " answered " + status + " " + reason
                            + "; the tracker may have applied it, so it is not resent blindly");
                }
                if (attempt >= maxAttempts) {
                    throw new RetriableSyncException(failedAfter(call, attempt) + status + " " + reason);
                }
                retryLater(call, "answered " + status, attempt, backoff.delay(attempt));
                continue;
            }
            throw ErrorMapping.failure(tracker, call, path, status, reason);
        }
    }

    /** Requests actually sent since this client was built, retries included. */
    public long calls() {
        return calls.get();
    }

    /** The rate-limit headers of the latest answer that carried any ({@link RateLimitState#UNKNOWN} before). */
    public RateLimitState rateLimit() {
        return rateLimit.get();
    }

    public String trackerName() {
        return tracker;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Percent-encodes a query or path value (spaces as {@code %20}, as every tracker accepts). */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpRequest request(String method, URI uri, byte[] payload) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(requestTimeout).setHeader("Accept", APPLICATION_JSON);
        defaultHeaders.forEach(b::setHeader);
        String auth = authorization == null ? null : authorization.get();
        if (auth != null) {
            b.setHeader("Authorization", auth);
        }
        if (payload == null) {
            return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return b.setHeader("Content-Type", APPLICATION_JSON)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(payload))
                .build();
    }

    private URI resolve(String pathAndQuery) {
        if (isAbsolute(pathAndQuery)) {
            URI target = URI.create(pathAndQuery);
            if (!Objects.equals(target.getScheme(), base.getScheme()) || !Objects.equals(target.getHost(), base.getHost())
                    || target.getPort() != base.getPort()) {
                throw new ConfigException(tracker + " will not send credentials to " + target.getScheme() + "://"
                        + target.getAuthority() + ", which is not the configured base URL " + baseUrl);
            }
            return target;
        }
        boolean attached = pathAndQuery.isEmpty() || pathAndQuery.startsWith("/") || pathAndQuery.startsWith("?");
        return URI.create(baseUrl + (attached ? "" : "/") + pathAndQuery);
    }

    private boolean isRateLimited(int status, HttpHeaders headers) {
        if (status == 429) {
            return true;
        }
        return status == 403 && (headers.firstValue("retry-after").isPresent()
                || RateLimitState.longHeader(headers, "x-ratelimit-remaining").equals(OptionalLong.of(0)));
    }

    /** The tracker's own wait if it gave one (Retry-After, then the reset time), else our backoff. */
    private Duration rateLimitWait(HttpHeaders headers, int attempt) {
        Optional<Duration> retryAfter = headers.firstValue("retry-after")
                .flatMap(v -> HttpDates.parseRetryAfter(v, clock.instant()));
        if (retryAfter.isPresent()) {
            return retryAfter.get();
        }
        return headers.firstValue("x-ratelimit-reset")
                .flatMap(HttpDates::parseResetInstant)
                .map(reset -> HttpDates.nonNegative(Duration.between(clock.instant(), reset)))
                .orElseGet(() -> backoff.delay(attempt));
    }

    private void retryLater(String call, String why, int attempt, Duration wait) {
        log.warn("{} {} {}; retrying in {} (attempt {} of {})", tracker, call, why, format(wait), attempt + 1, maxAttempts);
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetriableSyncException(tracker + " " + call + " was interrupted while waiting to retry", e);
        }
    }

    private Optional<String> nextLink(HttpHeaders headers) {
        return LinkHeader.find(headers.allValues("link"), "next").map(target -> LinkHeader.relativeTo(baseUrl, target));
    }

    private String failedAfter(String call, int attempts) {
        return tracker + " " + call + " failed after " + attempts + (attempts == 1 ? " attempt: " : " attempts: ");
    }

    private static String describe(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "timed out (" + e.getMessage() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    static String format(Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : (d.toMillis() + 999) / 1000 + " s";
    }

    private static boolean isAbsolute(String pathAndQuery) {
        return pathAndQuery.startsWith("http://") || pathAndQuery.startsWith("https://");
    }

    private static String stripQuery(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        return path.startsWith("/") ? path : "/" + path;
    }

    private static byte[] toBytes(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("request body cannot be written as JSON", e);
        }
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException notJson) {
            return TextNode.valueOf(text(body));
        }
    }

    private static String text(byte[] body) {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    /** Configures a {@link TrackerHttp}; not thread-safe, build once. */
    public static final class Builder {
        private final String trackerName;
        private final String baseUrl;
        private final URI base;
        private Supplier<String> authorization;
        private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private int maxAttempts = 4;
        private Duration maxInlineWait = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private Duration settleAfterLostAnswer = Duration.ofSeconds(10);
        private Duration backoffBase = Duration.ofMillis(200);
        private Duration backoffCap = Duration.ofSeconds(5);
        private Random random = new Random();
        private HttpClient httpClient;

        private Builder(String trackerName, String baseUrl) {
            if (trackerName == null || trackerName.isBlank()) {
                throw new IllegalArgumentException("trackerName must not be blank");
            }
            this.trackerName = trackerName;
            String trimmed = baseUrl == null ? "" : baseUrl.strip();
            while (trimmed.endsWith("/")) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            URI parsed;
            try {
                parsed = URI.create(trimmed);
            } catch (IllegalArgumentException e) {
                parsed = null;
            }
            if (parsed == null || parsed.getHost() == null
                    || !("http".equals(parsed.getScheme()) || "https".equals(parsed.getScheme()))) {
                throw new ConfigException(trackerName + " base URL '" + baseUrl + "' is not an absolute http(s) URL");
            }
            this.baseUrl = trimmed;
            this.base = parsed;
        }

        /** Value of the Authorization header ("Basic ...", "Bearer ..."), asked for on every request so tokens may rotate. */
        public Builder authorization(Supplier<String> headerValue) {
            this.authorization = headerValue;
            return this;
        }

        /** A header sent on every request (e.g. GitHub's Accept and X-GitHub-Api-Version); replaces the default Accept. */
        public Builder defaultHeader(String name, String value) {
            defaultHeaders.put(name, value);
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper);
            return this;
        }

        /** Requests sent per call at most, the first included (default 4). */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** Longest rate-limit wait taken inside a call (default 10 s); longer waits are thrown to the caller. */
        public Builder maxInlineWait(Duration maxInlineWait) {
            this.maxInlineWait = Objects.requireNonNull(maxInlineWait);
            return this;
        }

        /** Timeout of one request, and of connecting (default 30 s). */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Objects.requireNonNull(requestTimeout);
            return this;
        }

        /**
         * How long after a write's answer was lost the tracker is assumed to have finished with it (default 10 s):
         * only then is a look-up of what the write made trusted.
         */
        public Builder settleAfterLostAnswer(Duration settle) {
            this.settleAfterLostAnswer = Objects.requireNonNull(settle);
            return this;
        }

        /** Backoff for 5xx and I/O retries (default 200 ms doubling up to 5 s, with jitter). */
        public Builder backoff(Duration base, Duration cap) {
            this.backoffBase = Objects.requireNonNull(base);
            this.backoffCap = Objects.requireNonNull(cap);
            return this;
        }

        /** Random source of the backoff jitter; seed it in tests for repeatable waits. */
        public Builder random(Random random) {
            this.random = Objects.requireNonNull(random);
            return this;
        }

        /** Uses this client instead of a new one (it should not follow redirects, so credentials stay on the host). */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient);
            return this;
        }

        public TrackerHttp build() {
            return new TrackerHttp(this);
        }
    }
}
