package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * An error answer in Jira's {@code ErrorCollection} shape ({@code errorMessages} + {@code errors} per field).
 * Thrown anywhere inside a request; the emulator's exception handler writes it.
 */
final class JiraError extends RuntimeException {
    private final int status;
    private final List<String> messages;
    private final Map<String, String> fieldErrors;

    JiraError(int status, List<String> messages, Map<String, String> fieldErrors) {
        super(status + " " + messages + " " + fieldErrors);
        this.status = status;
        this.messages = List.copyOf(messages);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    static JiraError badRequest(String message) {
        return new JiraError(400, List.of(message), Map.of());
    }

    static JiraError fields(Map<String, String> fieldErrors) {
        return new JiraError(400, List.of(), fieldErrors);
    }

    static JiraError notFound(String message) {
        return new JiraError(404, List.of(message), Map.of());
    }

    static JiraError issueNotFound() {
        return notFound("Issue does not exist or you do not have permission to see it.");
    }

    static JiraError forbidden(String message) {
        return new JiraError(403, List.of(message), Map.of());
    }

    int status() {
        return status;
    }

    ObjectNode body() {
        ObjectNode body = JiraJson.MAPPER.createObjectNode();
        messages.forEach(body.putArray("errorMessages")::add);
        if (messages.isEmpty()) body.putArray("errorMessages");
        ObjectNode errors = body.putObject("errors");
        fieldErrors.forEach(errors::put);
        return body;
    }
}
