package io.entwine.core.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.entwine.api.errors.SyncException;

import java.nio.charset.StandardCharsets;

/** JSON form of the protocol bodies. Unknown properties are ignored so newer peers can add fields. */
public final class MessageCodec {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

    private MessageCodec() {
    }

    public static String write(Object message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new SyncException("cannot encode " + message.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static byte[] bytes(Object message) {
        return write(message).getBytes(StandardCharsets.UTF_8);
    }

    /** Decodes a body; a malformed one is a {@link MalformedMessageException} naming the type and the problem. */
    public static <T> T read(String json, Class<T> type) {
        try {
            T value = JSON.readValue(json, type);
            if (value == null) throw new MalformedMessageException(type.getSimpleName() + " body is empty");
            return value;
        } catch (JsonProcessingException e) {
            throw new MalformedMessageException("malformed " + type.getSimpleName() + " body" + where(e) + ": " + e.getOriginalMessage());
        }
    }

    /** " at line L, column C" of a parse error, or nothing when Jackson does not know where. */
    private static String where(JsonProcessingException e) {
        com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    public static <T> T read(byte[] json, Class<T> type) {
        return read(new String(json, StandardCharsets.UTF_8), type);
    }

    public static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedMessageException("malformed JSON: " + e.getOriginalMessage());
        }
    }
}
