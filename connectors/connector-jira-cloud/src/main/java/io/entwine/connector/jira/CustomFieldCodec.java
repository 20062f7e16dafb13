package io.entwine.connector.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.errors.EntityException;
import io.entwine.api.replica.HubCascade;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubOption;
import io.entwine.api.replica.HubUser;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Custom field values between Jira Cloud's REST shapes and {@link HubCustomField}: numbers as Long when whole
 * (Jira answers {@code 5.0} for 5) else BigDecimal, dates as LocalDate, date-times as Instant, options by id and
 * text, users by accountId. Options are written by their text (ids of the other side mean nothing here), users by
 * accountId (looked up by e-mail when the user has no key). Thread-safe.
 */
final class CustomFieldCodec {
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final TextCodec text;
    private final JiraDirectory directory;

    CustomFieldCodec(TextCodec text, JiraDirectory directory) {
        this.text = text;
        this.directory = directory;
    }

    HubCustomField read(JiraCustomFields.Definition field, JsonNode json) {
        return new HubCustomField(field.id(), field.name(), field.type(), json == null || json.isNull() ? null : value(field, json));
    }

    private Object value(JiraCustomFields.Definition field, JsonNode json) {
        return switch (field.type()) {
            case HubCustomField.TEXT -> field.adf() || json.isObject() ? text.toMarkdown(json) : json.asText();
            case HubCustomField.NUMBER -> number(json.decimalValue());
            case HubCustomField.DATE -> LocalDate.parse(json.asText());
            case HubCustomField.DATETIME -> JiraTimestamps.parse(json.asText(), field.name());
            case HubCustomField.OPTION -> option(json);
            case HubCustomField.OPTIONS -> {
                List<HubOption> options = new ArrayList<>();
                json.forEach(o -> options.add(option(o)));
                yield options;
            }
            case HubCustomField.CASCADING -> new HubCascade(option(json), json.hasNonNull("child") ? option(json.get("child")) : null);
            case HubCustomField.USER -> IssueMapping.user(json);
            case HubCustomField.USERS -> {
                List<HubUser> users = new ArrayList<>();
                json.forEach(u -> users.add(IssueMapping.user(u)));
                yield users;
            }
            default -> throw new IllegalStateException("unmapped custom field type " + field.type());
        };
    }

    /** Whole numbers as Long (so 5 written reads back as 5), others as BigDecimal. */
    static Object number(Object value) {
        if (value == null) return null;
        BigDecimal n = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        BigDecimal stripped = n.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) return stripped.longValueExact();
        return stripped;
    }

    private static HubOption option(JsonNode json) {
        return new HubOption(json.path("id").asText(null), json.path("value").asText(null));
    }

    /** The REST value to write for a field's new value (a JSON null clears). */
    JsonNode write(JiraCustomFields.Definition field, HubCustomField value, String key) {
        Object v = value == null ? null : value.getValue();
        if (v == null || (v instanceof Collection<?> c && c.isEmpty()) || (v instanceof String s && s.isEmpty())) return NODES.nullNode();
        String where = "custom field '" + field.name() + "' of " + key;
        try {
            return switch (field.type()) {
                case HubCustomField.TEXT -> field.adf() ? text.toAdf(v.toString()) : NODES.textNode(v.toString());
                case HubCustomField.NUMBER -> NODES.numberNode(v instanceof BigDecimal b ? b : new BigDecimal(v.toString()));
                case HubCustomField.DATE -> NODES.textNode(v instanceof Instant i ? i.atZone(ZoneOffset.UTC).toLocalDate().toString() : v.toString());
                case HubCustomField.DATETIME -> NODES.textNode(DATETIME.format(v instanceof Instant i ? i : Instant.parse(v.toString())));
                case HubCustomField.OPTION -> option(asOption(v, where));
                case HubCustomField.OPTIONS -> {
                    ArrayNode out = NODES.arrayNode();
                    for (Object o : (Collection<?>) v) out.add(option(asOption(o, where)));
                    yield out;
                }
                case HubCustomField.CASCADING -> {
                    HubCascade c = v instanceof HubCascade h ? h : new HubCascade(asOption(v, where), null);
                    ObjectNode node = option(c.parent());
                    if (c.child() != null) node.set("child", option(c.child()));
                    yield node;
                }
                case HubCustomField.USER -> user(v, where);
                case HubCustomField.USERS -> {
                    ArrayNode out = NODES.arrayNode();
                    for (Object u : (Collection<?>) v) out.add(user(u, where));
                    yield out;
                }
                default -> throw new IllegalStateException("unmapped custom field type " + field.type());
            };
        } catch (ClassCastException | NumberFormatException | java.time.DateTimeException e) {
            throw new EntityException("cannot write " + v + " to " + where + " (a " + field.type() + " field): " + e.getMessage());
        }
    }

    private static HubOption asOption(Object v, String where) {
        if (v instanceof HubOption o) return o;
        if (v instanceof CharSequence s) return HubOption.named(s.toString());
        throw new EntityException("cannot write " + v + " to " + where + ": not an option");
    }

    private static ObjectNode option(HubOption option) {
        ObjectNode node = NODES.objectNode();
        if (option.getValue() != null) node.put("value", option.getValue());
        else node.put("id", option.getId());
        return node;
    }

    private ObjectNode user(Object v, String where) {
        if (!(v instanceof HubUser user)) throw new EntityException("cannot write " + v + " to " + where + ": not a user");
        ObjectNode node = NODES.objectNode();
        node.put("accountId", directory.accountId(user, where));
        return node;
    }
}
