package io.entwine.model.codec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.replica.HubIssue;
import java.util.Objects;

/**
 * Freezes a script-facing {@link HubIssue} into its versioned JSON form ({@value #SCHEMA_V1}) and reads it back.
 *
 * <p>The canonical string puts {@code $schema} first, then the standard fields in a fixed order, then
 * {@code customFields} and {@code customKeys} (sorted by key), then extras in insertion order; nulls and empty
 * lists/maps are left out, so two equal replicas give byte-identical strings. Unknown top-level properties of a
 * replica read here (from a newer node, or a script's extra) come back out with identical JSON values; a
 * top-level JSON null means "absent" and is not kept.
 *
 * <p>Stateless and thread-safe; nothing here blocks beyond the CPU work. Every failure is a
 * {@link ReplicaFormatException} naming the JSON path of the offending value.
 */
public final class ReplicaCodec {
    /** The schema this node writes and reads. */
    public static final String SCHEMA_V1 = "entwine/replica/v1";
    /** The largest JSON text {@link #fromJsonString(String)} reads: 5 MB of UTF-8. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private ReplicaCodec() {
    }

    /**
     * The JSON tree of a replica; a new, unshared tree on every call.
     *
     * @throws ReplicaFormatException when a script put a value the format cannot carry (the message names where)
     */
    public static ObjectNode toJson(HubIssue issue) {
        Objects.requireNonNull(issue, "issue");
        return ReplicaWriter.issue(issue, JsonPath.ROOT, true, 0);
    }

    /**
     * The canonical JSON text of a replica (compact, UTF-16 string of UTF-8-safe JSON).
     *
     * @throws ReplicaFormatException as {@link #toJson(HubIssue)}
     */
    public static String toJsonString(HubIssue issue) {
        return toJsonString(toJson(issue));
    }

    /** Writes a replica tree (from {@link #toJson(HubIssue)} or {@link #parse(String)}) as compact JSON text. */
    public static String toJsonString(JsonNode replica) {
        try {
            return Json.MAPPER.writeValueAsString(replica);
        } catch (JsonProcessingException e) {
            throw new ReplicaFormatException(JsonPath.ROOT, "could not be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a replica tree into a new HubIssue that the caller owns.
     *
     * @throws ReplicaFormatException when {@code $schema} is missing, not v1 or newer than v1, or a value has the
     *         wrong shape
     */
    public static HubIssue fromJson(JsonNode replica) {
        return ReplicaReader.issue(replica);
    }

    /**
     * Reads replica JSON text of at most {@link #DEFAULT_MAX_BYTES}.
     *
     * @throws ReplicaFormatException when the text is too large, is not valid JSON, or {@link #fromJson} refuses it
     */
    public static HubIssue fromJsonString(String json) {
        return fromJsonString(json, DEFAULT_MAX_BYTES);
    }

    /** As {@link #fromJsonString(String)}, with the size limit in UTF-8 bytes given by the caller. */
    public static HubIssue fromJsonString(String json, long maxBytes) {
        return fromJson(parse(json, maxBytes));
    }

    /**
     * Parses replica JSON text (at most {@link #DEFAULT_MAX_BYTES}) into a tree without interpreting it, with the
     * same strict settings as {@link #fromJsonString}: exact decimals, no duplicate keys, no trailing content.
     *
     * @throws ReplicaFormatException when the text is too large or not valid JSON
     */
    public static JsonNode parse(String json) {
        return parse(json, DEFAULT_MAX_BYTES);
    }

    /** As {@link #parse(String)}, with the size limit in UTF-8 bytes given by the caller. */
    public static JsonNode parse(String json, long maxBytes) {
        Objects.requireNonNull(json, "json");
        // a char is 1 to 3 UTF-8 bytes (a surrogate pair 4 for 2), so short texts need no counting
        if ((long) json.length() * 3 > maxBytes) {
            long size = utf8Length(json);
            if (size > maxBytes) {
                throw new ReplicaFormatException(JsonPath.ROOT, "the JSON is " + size + " bytes, over the limit of "
                        + maxBytes + " bytes; it was not read");
            }
        }
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ReplicaFormatException(JsonPath.ROOT, "not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (NumberFormatException e) {
            // Jackson reads exact decimals with BigDecimal, which refuses exponents beyond an int (1e9999999999)
            // with this unchecked exception rather than a parse error (found by ReplicaCodecFuzzTest)
            throw new ReplicaFormatException(JsonPath.ROOT, "not valid JSON: a number is out of range: " + e.getMessage(), e);
        }
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else bytes += 3;
        }
        return bytes;
    }
}
