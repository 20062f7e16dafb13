package io.entwine.server.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks every request passes before its route runs, whatever the route: the body is at most
 * {@code http.maxBodyBytes} (a declared larger {@code Content-Length} is refused before a byte of the body is read;
 * a body of unknown length is read up to the limit and refused the moment it passes it), and its media type is one
 * a node reads (JSON, plain text for scripts, form-encoded for GitHub webhooks); {@link #wellFormedJson} adds, on
 * unsigned routes, that a body declared as JSON is JSON. A refusal is a {@link RequestRejected}, so no handler runs and nothing changes. The body read here is the
 * one handlers get ({@code ctx.body()} is read once and kept). Thread-safe.
 */
final class InputChecks implements Handler {
    /** The node configuration key of the body limit, named in refusals so an admin knows what to raise. */
    static final String LIMIT_KEY = "http.maxBodyBytes";
    private static final Pattern LONG_QUOTE = Pattern.compile("'([^']{17,})'");
    private static final Set<String> READABLE = Set.of("application/json", "text/plain", "application/x-www-form-urlencoded");

    private final long maxBodyBytes;

    InputChecks(long maxBodyBytes) {
        if (maxBodyBytes < 1) throw new IllegalArgumentException("the body limit must be positive, got " + maxBodyBytes);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw tooLarge("a body of " + declared + " bytes (Content-Length)");
        }
        boolean chunked = ctx.header("Transfer-Encoding") != null;
        if (declared <= 0 && !chunked) return;
        String mediaType = mediaType(ctx.contentType());
        if (mediaType != null && !READABLE.contains(mediaType) && !mediaType.endsWith("+json")) {
            throw new RequestRejected(415, "header Content-Type", "this node reads request bodies of type application/json"
                    + " (text/plain for scripts, application/x-www-form-urlencoded for webhooks), not '" + shortToken(mediaType) + "'");
        }
        try {
            ctx.bodyAsBytes(); // Javalin stops reading past the limit; the bytes are kept for the handler
        } catch (HttpResponseException e) {
            if (e.getStatus() == HttpStatus.CONTENT_TOO_LARGE.getCode()) throw tooLarge("a body of more than " + maxBodyBytes + " bytes");
            throw e;
        }
    }

    /**
     * {@code handler} behind the check that a body declared as JSON is JSON. Signed routes go without it: their
     * signature is checked first, so an unsigned sender learns nothing about how its body was read.
     */
    static Handler wellFormedJson(Handler handler) {
        return ctx -> {
            String mediaType = mediaType(ctx.contentType());
            if (mediaType != null && (mediaType.equals("application/json") || mediaType.endsWith("+json"))) {
                byte[] body = ctx.bodyAsBytes();
                if (body.length > 0) requireJson(body);
            }
            handler.handle(ctx);
        };
    }

    /** The media type of a Content-Type header, lower-case and without parameters; null when there is none. */
    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) return null;
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** Refuses a body that is not well-formed JSON, naming the line and column where it stops being JSON. */
    static void requireJson(byte[] body) {
        try (var parser = Json.MAPPER.createParser(body)) {
            while (parser.nextToken() != null) {
                // reading every token is the check; the tree is built later by the handler that needs it
            }
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw new RequestRejected(400, "body", "request body cannot be read as JSON: " + e.getClass().getSimpleName());
        }
    }

    static RequestRejected notJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "body" : "body line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new RequestRejected(400, where, "request body is not valid JSON at " + where + ": " + safe(e.getOriginalMessage()));
    }

    private RequestRejected tooLarge(String what) {
        return new RequestRejected(413, "body", "request body too large: " + what + " exceeds this node's limit of "
                + maxBodyBytes + " bytes (" + LIMIT_KEY + ")");
    }

    /**
     * A parser message without long quotes of the request: Jackson quotes the token it choked on, and that token
     * could be a secret someone pasted (an invitation code, a token), which must not reach the log.
     */
    static String safe(String message) {
        if (message == null) return "unreadable";
        String text = LONG_QUOTE.matcher(message.replaceAll("\\s+", " "))
                .replaceAll(m -> Matcher.quoteReplacement("'" + m.group(1).substring(0, 8) + "...'"));
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static String shortToken(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "..." : value;
    }
}
