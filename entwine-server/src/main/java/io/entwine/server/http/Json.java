package io.entwine.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;

/**
 * The API's JSON settings and request-body helpers with clear errors: a body of another media type is 415, one
 * that is not a JSON object 400 naming the line and column, a missing field 400 naming the field.
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Json() {
    }

    static JsonNode body(Context ctx) {
        String type = InputChecks.mediaType(ctx.contentType());
        if (type != null && !type.equals("application/json") && !type.endsWith("+json")) {
            throw new RequestRejected(415, "header Content-Type", ctx.method() + " " + ctx.path()
                    + " reads a JSON object (Content-Type: application/json), not '" + type + "'");
        }
        String text = ctx.body();
        if (text.isBlank()) throw new RequestRejected(400, "body", "request body must be a JSON object, got an empty body");
        try {
            JsonNode node = MAPPER.readTree(text);
            if (!node.isObject()) {
                throw new RequestRejected(400, "body", "request body must be a JSON object, got " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw InputChecks.notJson(e);
        }
    }

    /** Refuses a body that is neither plain text nor JSON (a script may come as either). */
    static void requireTextOrJson(Context ctx) {
        String type = InputChecks.mediaType(ctx.contentType());
        if (type != null && !type.equals("text/plain") && !type.equals("application/json") && !type.endsWith("+json")) {
            throw new RequestRejected(415, "header Content-Type", ctx.method() + " " + ctx.path()
                    + " reads the script as text/plain or {\"script\": \"...\"} as application/json, not '" + type + "'");
        }
    }

    static String field(Context ctx, String name) {
        JsonNode value = body(ctx).path(name);
        if (!value.isMissingNode() && !value.isNull() && !value.isTextual()) {
            throw new RequestRejected(400, "field '" + name + "'", "request body field '" + name + "' must be a string, got "
                    + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        String text = value.asText(null);
        if (text == null || text.isBlank()) throw new RequestRejected(400, "field '" + name + "'", "request body needs a non-empty '" + name + "'");
        return text;
    }
}
