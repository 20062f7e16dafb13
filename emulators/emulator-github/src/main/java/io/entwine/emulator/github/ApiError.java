package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer in GitHub's shapes: {@code basic-error} ({@code message}, {@code documentation_url},
 * {@code status}) or {@code validation-error} (plus {@code errors[]}). Thrown by routes, rendered by the emulator.
 */
final class ApiError extends RuntimeException {
    static final String DOCS = "https://docs.github.com/rest";

    final int status;
    final ObjectNode body;
    final Map<String, String> headers = new LinkedHashMap<>();

    private ApiError(int status, String message, String documentation) {
        super(status + " " + message);
        this.status = status;
        this.body = Representations.MAPPER.createObjectNode();
        body.put("message", message);
        body.put("documentation_url", documentation);
        // basic-error carries "status" as GitHub sends it; validation-error has no such property
        if (status != 422) body.put("status", String.valueOf(status));
    }

    static ApiError of(int status, String message, String documentation) {
        return new ApiError(status, message, documentation);
    }

    static ApiError notFound(String documentation) {
        return new ApiError(404, "Not Found", documentation);
    }

    static ApiError badCredentials() {
        return new ApiError(401, "Bad credentials", DOCS);
    }

    static ApiError requiresAuthentication() {
        return new ApiError(401, "Requires authentication", DOCS);
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message, DOCS);
    }

    static ApiError unparsableJson() {
        return new ApiError(400, "Problems parsing JSON", DOCS);
    }

    /** 422 "Validation Failed" with one entry in {@code errors}; {@code value} may be null. */
    static ApiError validation(String resource, String field, String code, String value, String documentation) {
        ApiError error = new ApiError(422, "Validation Failed", documentation);
        ObjectNode entry = error.body.putArray("errors").addObject();
        if (value != null) entry.put("value", value);
        entry.put("resource", resource);
        entry.put("field", field);
        entry.put("code", code);
        return error;
    }

    /** 422 "Validation Failed" with a free-text entry, as GitHub answers for some custom checks. */
    static ApiError validationMessage(String resource, String message, String documentation) {
        ApiError error = new ApiError(422, "Validation Failed", documentation);
        ObjectNode entry = error.body.putArray("errors").addObject();
        entry.put("resource", resource);
        entry.put("code", "custom");
        entry.put("message", message);
        return error;
    }

    ApiError withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
