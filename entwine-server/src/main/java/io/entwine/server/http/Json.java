package io.entwine.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.entwine.api.errors.ConfigException;
import io.javalin.http.Context;

/** The API's JSON settings and request-body helpers with clear errors. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Json() {
    }

    static JsonNode body(Context ctx) {
        String text = ctx.body();
        if (text.isBlank()) throw new ConfigException("request body must be a JSON object");
        try {
            JsonNode node = MAPPER.readTree(text);
            if (!node.isObject()) throw new ConfigException("request body must be a JSON object");
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ConfigException("request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    static String field(Context ctx, String name) {
        String value = body(ctx).path(name).asText(null);
        if (value == null || value.isBlank()) throw new ConfigException("request body needs a non-empty '" + name + "'");
        return value;
    }
}
