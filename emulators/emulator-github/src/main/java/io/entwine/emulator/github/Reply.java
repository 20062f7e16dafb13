package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.JsonNode;

/** What a route answers: a status and a JSON body (null for 204). Headers go straight onto the context. */
record Reply(int status, String json) {

    static Reply ok(JsonNode body) {
        return new Reply(200, body.toString());
    }

    static Reply created(JsonNode body) {
        return new Reply(201, body.toString());
    }

    static Reply noContent() {
        return new Reply(204, null);
    }
}
