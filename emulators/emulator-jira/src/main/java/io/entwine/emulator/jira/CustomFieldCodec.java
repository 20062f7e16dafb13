package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Custom field values between Jira's REST shapes and the stored values: String (text), BigDecimal (number),
 * LocalDate (date), Instant (date-time), {@link FieldOption} (select), list of options (multi select),
 * {@link Cascade} (cascading select), accountId String (user), list of accountIds (multi user). Null clears.
 * Error texts are Jira's. Stateless apart from the catalog it looks users up in.
 */
final class CustomFieldCodec {
    /** A cascading value: a first-level option and optionally one of its children. */
    record Cascade(FieldOption parent, FieldOption child) {
    }

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]Z");

    private final Catalog catalog;

    CustomFieldCodec(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The stored value for a request value, or an {@link IllegalArgumentException} with Jira's message. */
    Object resolve(JiraField field, JsonNode value) {
        if (value == null || value.isNull()) return null;
        return switch (field.type()) {
            case TEXT -> {
                if (!value.isTextual()) throw invalid(field, "Operation value must be a string");
                if (value.asText().length() > 255) throw invalid(field, "Text fields can contain up to 255 characters.");
                yield value.asText().isEmpty() ? null : value.asText();
            }
            case NUMBER -> {
                if (!value.isNumber()) throw invalid(field, "Operation value must be a number");
                yield value.decimalValue();
            }
            case DATE -> {
                try {
                    yield LocalDate.parse(value.asText(""));
                } catch (DateTimeParseException e) {
                    throw invalid(field, "Error parsing date string: " + value.asText());
                }
            }
            case DATETIME -> {
                try {
                    yield OffsetDateTime.parse(value.asText(""), DATETIME).toInstant();
                } catch (DateTimeParseException e) {
                    throw invalid(field, "Error parsing time: " + value.asText());
                }
            }
            case SELECT -> option(field, field.options(), value);
            case MULTISELECT -> {
                if (!value.isArray()) throw invalid(field, "Operation value must be an array of options");
                List<FieldOption> out = new ArrayList<>();
                for (JsonNode v : value) out.add(option(field, field.options(), v));
                yield out.isEmpty() ? null : out;
            }
            case CASCADING -> {
                FieldOption parent = option(field, field.options(), value);
                JsonNode child = value.get("child");
                yield new Cascade(parent, child == null || child.isNull() ? null : option(field, parent.children(), child));
            }
            case USER -> user(field, value);
            case MULTIUSER -> {
                if (!value.isArray()) throw invalid(field, "Operation value must be an array of users");
                List<String> out = new ArrayList<>();
                for (JsonNode v : value) out.add(user(field, v));
                yield out.isEmpty() ? null : out;
            }
        };
    }

    private static FieldOption option(JiraField field, List<FieldOption> allowed, JsonNode value) {
        if (!value.isObject() || !(value.hasNonNull("id") || value.hasNonNull("value"))) {
            throw invalid(field, "Specify a valid 'id' or 'value' for " + field.name());
        }
        FieldOption found = FieldOption.find(allowed, value.path("id").asText(null), value.path("value").asText(null));
        if (found == null) {
            String given = value.hasNonNull("id") ? "id '" + value.get("id").asText() + "'" : "value '" + value.get("value").asText() + "'";
            throw invalid(field, "Option " + given + " is not valid");
        }
        return found;
    }

    private String user(JiraField field, JsonNode value) {
        if (!value.isObject() || !value.path("accountId").isTextual()) throw invalid(field, "Specify the user by accountId");
        String accountId = value.get("accountId").asText();
        if (catalog.user(accountId) == null) throw invalid(field, "Specified user does not exist or you do not have required permissions");
        return accountId;
    }

    private static IllegalArgumentException invalid(JiraField field, String message) {
        return new IllegalArgumentException(message);
    }

    /** The REST rendering of a stored value ({@code null} for empty). */
    JsonNode render(JiraField field, Object value, JiraJson json) {
        if (value == null) return NullNode.getInstance();
        return switch (field.type()) {
            case TEXT -> JiraJson.MAPPER.getNodeFactory().textNode((String) value);
            case NUMBER -> JiraJson.MAPPER.getNodeFactory().numberNode(((BigDecimal) value).doubleValue());
            case DATE -> JiraJson.MAPPER.getNodeFactory().textNode(value.toString());
            case DATETIME -> JiraJson.MAPPER.getNodeFactory().textNode(json.time((Instant) value));
            case SELECT -> option((FieldOption) value, json);
            case MULTISELECT -> {
                ArrayNode out = JiraJson.MAPPER.createArrayNode();
                for (Object o : (List<?>) value) out.add(option((FieldOption) o, json));
                yield out;
            }
            case CASCADING -> {
                Cascade c = (Cascade) value;
                ObjectNode node = option(c.parent(), json);
                if (c.child() != null) node.set("child", option(c.child(), json));
                yield node;
            }
            case USER -> orNull(json.user((String) value));
            case MULTIUSER -> {
                ArrayNode out = JiraJson.MAPPER.createArrayNode();
                for (Object id : (List<?>) value) {
                    ObjectNode user = json.user((String) id);
                    if (user != null) out.add(user);
                }
                yield out;
            }
        };
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null ? NullNode.getInstance() : node;
    }

    private static ObjectNode option(FieldOption option, JiraJson json) {
        ObjectNode node = JiraJson.MAPPER.createObjectNode();
        node.put("self", json.api("customFieldOption/" + option.id()));
        node.put("value", option.value());
        node.put("id", option.id());
        return node;
    }

    /** The changelog's display text of a stored value. */
    String text(JiraField field, Object value) {
        if (value == null) return null;
        if (value instanceof FieldOption o) return o.value();
        if (value instanceof Cascade c) return c.child() == null ? c.parent().value() : c.parent().value() + " - " + c.child().value();
        if (value instanceof BigDecimal n) return n.stripTrailingZeros().toPlainString();
        if (value instanceof List<?> list) {
            return list.stream().map(v -> v instanceof FieldOption o ? o.value() : displayName(String.valueOf(v))).collect(Collectors.joining(","));
        }
        if (field.type() == CustomFieldType.USER) return displayName((String) value);
        return value.toString();
    }

    private String displayName(String accountId) {
        JiraUser user = catalog.user(accountId);
        return user == null ? accountId : user.displayName();
    }
}
