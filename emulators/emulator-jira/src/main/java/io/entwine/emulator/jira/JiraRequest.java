package io.entwine.emulator.jira;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;

/** Reading a request the way Jira does: the authenticated caller, a JSON body, numeric and list parameters. */
final class JiraRequest {
    static final String CALLER = "entwine.jira.caller";

    private JiraRequest() {
    }

    static JiraUser caller(Context ctx) {
        JiraUser user = ctx.attribute(CALLER);
        if (user == null) throw new IllegalStateException("route reached without authentication: " + ctx.path());
        return user;
    }

    /** The JSON body; a 400 in Jira's words when it is missing or not JSON. */
    static JsonNode body(Context ctx) {
        String text = ctx.body();
        if (text == null || text.isBlank()) throw JiraError.badRequest("No content to map due to end-of-input");
        try {
            return JiraJson.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw JiraError.badRequest(e.getOriginalMessage());
        }
    }

    static int intParam(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) return fallback;
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw JiraError.badRequest("The '" + name + "' parameter must be a number, got '" + value + "'.");
        }
    }

    /** All values of a list parameter, repeated or comma-separated. */
    static List<String> listParam(Context ctx, String name) {
        List<String> out = new ArrayList<>();
        for (String value : ctx.queryParams(name)) {
            for (String part : value.split(",")) if (!part.isBlank()) out.add(part.trim());
        }
        return out;
    }

    static boolean boolParam(Context ctx, String name) {
        return "true".equalsIgnoreCase(ctx.queryParam(name));
    }
}
