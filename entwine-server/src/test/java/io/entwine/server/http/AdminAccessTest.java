package io.entwine.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.entwine.server.TestNode;
import io.entwine.server.auth.IssuedToken;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.errorlog.NewError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every admin route refuses calls without a valid admin token — 401 without one, 403 with a wrong or revoked one —
 * and a refused call changes nothing (the whole database and the sync state are compared before and after).
 * The same calls with the token take effect, which shows the comparison would catch a change.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminAccessTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static java.nio.file.Path dir;
    static TestNode test;
    static String token;
    static String tokenId;
    static String revokedToken;
    static String connectionId;
    static long retryErrorId;
    static long skipErrorId;
    static long twinId;

    @BeforeAll
    static void startNode() {
        test = TestNode.start(dir);
        IssuedToken first = test.node.firstAdminToken().orElseThrow();
        token = first.token();
        tokenId = first.id();
        IssuedToken old = test.node.adminTokens().issue("old");
        test.node.adminTokens().revoke(old.id());
        revokedToken = old.token();
        var node = test.node.node();
        connectionId = node.connections().invite("c1").connectionId();
        Instant now = Instant.now();
        node.database().useTransaction(tx -> tx.connections().updateStatus(connectionId, ConnectionStatus.ACTIVE));
        retryErrorId = node.database().inTransaction(tx -> tx.errors().record(
                new NewError(ErrorLevel.CONNECTION, connectionId, null, null, "to retry", null, null, null), now));
        skipErrorId = node.database().inTransaction(tx -> tx.errors().record(
                // entity level: retrying the connection-level error above resolves every connection-level error of it
                new NewError(ErrorLevel.ENTITY, connectionId, null, null, "to skip", null, null, null), now));
        twinId = node.database().inTransaction(tx -> tx.twins().getOrCreateByLocalKey(connectionId, "SAMPLE-1", now)).id();
        // the node's first polling sweep ran at start; let anything it started settle before comparing dumps
        String[] last = {test.dump()};
        await().pollInterval(Duration.ofMillis(100)).during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(10))
                .until(() -> {
                    String now2 = test.dump();
                    boolean same = now2.equals(last[0]);
                    last[0] = now2;
                    return same;
                });
    }

    @AfterAll
    static void stop() {
        test.close();
    }

    /** The calls an admin would make on each admin route, with path parameters and bodies filled in. */
    private static List<Call> adminCalls() {
        List<Call> calls = new java.util.ArrayList<>();
        for (Route route : NodeRoutes.of(null, null)) {
            if (route.access() != Route.Access.ADMIN) continue;
            calls.add(new Call(route.method(), fill(route.path()), body(route)));
        }
        return calls;
    }

    private static String fill(String path) {
        String filled = path.replace("{direction}", "outgoing");
        if (path.startsWith("/api/errors/{id}/retry")) filled = filled.replace("{id}", String.valueOf(retryErrorId));
        if (path.startsWith("/api/errors/{id}/skip")) filled = filled.replace("{id}", String.valueOf(skipErrorId));
        if (path.equals("/api/errors/{id}")) filled = filled.replace("{id}", String.valueOf(retryErrorId));
        if (path.startsWith("/api/connections/{id}")) filled = filled.replace("{id}", connectionId);
        if (path.startsWith("/api/tokens/{id}")) filled = filled.replace("{id}", tokenId);
        if (path.startsWith("/api/twins/{id}")) filled = filled.replace("{id}", String.valueOf(twinId));
        filled = filled.replace("{jobId}", "no-such-job");
        if (path.startsWith("/api/conflicts/{id}")) filled = filled.replace("{id}", "1");
        assertThat(filled).as("a sample value for every parameter of %s: add one here", path).doesNotContain("{");
        return filled;
    }

    private static String body(Route route) {
        return switch (route.method() + " " + route.path()) {
            case "POST /api/connections/invitations" -> "{\"name\":\"c2\"}";
            case "POST /api/connections/accept" -> "{\"invitationCode\":\"entwine1.not-a-code\"}";
            case "PUT /api/connections/{id}/rules/{direction}" -> "{\"script\":\"return\"}";
            case "POST /api/tokens" -> "{\"name\":\"more\"}";
            case "PUT /api/connections/{id}/deletion" -> "{\"remoteDeletion\":\"NOTE\"}";
            case "PUT /api/connections/{id}/triggers" -> "{\"triggers\":[\"label:sync\"]}";
            case "POST /api/connections/{id}/bulk/sync" -> "{\"query\":\"label:sync\"}";
            case "POST /api/connections/{id}/bulk/connect" -> "{\"pairs\":[{\"local\":\"SAMPLE-2\",\"remote\":\"9\"}]}";
            case "POST /api/connections/{id}/bulk/unsync" -> "{\"keys\":[\"SAMPLE-1\"]}";
            case "POST /api/conflicts/{id}/resolve" -> "{\"keep\":\"local\"}";
            case "PUT /api/connections/{id}/conflict-policy" -> "{\"policy\":\"raise\"}";
            default -> route.method().equals("GET") || route.method().equals("DELETE") ? null : "{}";
        };
    }

    @Test
    @Order(1)
    void everyAdminRouteAnswers401WithoutATokenAndChangesNothing() {
        Map<String, String> noToken = new LinkedHashMap<>();
        noToken.put("no Authorization header", null);
        noToken.put("another scheme", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
        noToken.put("an empty bearer", "Bearer ");
        for (Call call : adminCalls()) {
            noToken.forEach((what, authorization) -> {
                String before = test.dump();
                HttpResponse<String> answer = call.send(authorization);
                assertThat(answer.statusCode()).as("%s with %s", call, what).isEqualTo(401);
                assertThat(answer.headers().firstValue("WWW-Authenticate")).as("%s", call).hasValue("Bearer realm=\"entwine\"");
                assertThat(error(answer)).as("%s", call).isEqualTo(call.method + " " + call.path.replaceAll("\\?.*", "")
                        + " needs an admin token: send 'Authorization: Bearer <token>'. The node printed its first token when it"
                        + " first started; 'bin/entwine node --config <file> --reset-admin-token' makes a new one.");
                assertUnchanged(before, call, what);
            });
        }
    }

    @Test
    @Order(2)
    void everyAdminRouteAnswers403WithAWrongOrRevokedTokenAndChangesNothing() {
        String wrongSecret = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("a malformed token", "Bearer nope");
        wrong.put("an unknown token", "Bearer entwine_0123456789ab_" + "A".repeat(43));
        wrong.put("a known id with a wrong secret", "Bearer " + wrongSecret);
        wrong.put("a revoked token", "Bearer " + revokedToken);
        for (Call call : adminCalls()) {
            wrong.forEach((what, authorization) -> {
                String before = test.dump();
                HttpResponse<String> answer = call.send(authorization);
                assertThat(answer.statusCode()).as("%s with %s", call, what).isEqualTo(403);
                assertThat(error(answer)).isEqualTo("the admin token was not accepted: it is unknown or revoked");
                assertUnchanged(before, call, what);
            });
        }
    }

    @Test
    @Order(3)
    void healthIsOpenButShowsTheTrackerOnlyToAdminsAndNoSecrets() throws Exception {
        JsonNode anonymous = JSON.readTree(test.call("GET", "/api/health", null).body());
        assertThat(anonymous.path("status").asText()).isEqualTo("UP");
        assertThat(anonymous.has("tracker")).isFalse();
        JsonNode wrong = JSON.readTree(test.call("GET", "/api/health", "Bearer " + revokedToken).body());
        assertThat(wrong.has("tracker")).isFalse();
        HttpResponse<String> admin = test.call("GET", "/api/health", "Bearer " + token);
        assertThat(JSON.readTree(admin.body()).at("/tracker/baseUrl").asText()).isEqualTo(test.jira.baseUrl());
        byte[] secret = test.node.node().connections().find(connectionId).orElseThrow().secret();
        for (String body : List.of(anonymous.toString(), admin.body())) {
            assertThat(body).doesNotContain(token).doesNotContain(Base64.getEncoder().encodeToString(secret))
                    .doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
        }
    }

    @Test
    @Order(4)
    void theDescriptionIsOpen() {
        assertThat(test.call("GET", "/api/openapi.json", null).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void theSameMutatingCallsWithTheTokenTakeEffect() throws Exception {
        String bearer = "Bearer " + token;
        String created = expectChange("POST", "/api/tokens", "{\"name\":\"more\"}", bearer, 201);
        expectChange("DELETE", "/api/tokens/" + JSON.readTree(created).path("id").asText(), null, bearer, 200);
        expectChange("POST", "/api/connections/invitations", "{\"name\":\"c2\"}", bearer, 201);
        expectChange("PUT", "/api/connections/" + connectionId + "/rules/outgoing", "{\"script\":\"return\"}", bearer, 201);
        expectChange("POST", "/api/errors/" + retryErrorId + "/retry", null, bearer, 200);
        expectChange("POST", "/api/errors/" + skipErrorId + "/skip", null, bearer, 200);
        expectChange("POST", "/api/sync/poll", null, bearer, 200);
        expectChange("PUT", "/api/connections/" + connectionId + "/deletion", "{\"remoteDeletion\":\"NOTE\"}", bearer, 200);
        expectChange("PUT", "/api/connections/" + connectionId + "/triggers", "{\"triggers\":[\"label:sync\"]}", bearer, 200);
        expectChange("POST", "/api/twins/" + twinId + "/unsync", null, bearer, 200);
        assertThat(new Call("POST", "/api/connections/accept", "{\"invitationCode\":\"entwine1.not-a-code\"}").send(bearer).statusCode())
                .as("accept reaches its handler, which refuses the bogus code").isEqualTo(400);
        assertThat(test.node.node().isActive()).isFalse();
        assertThat(new Call("POST", "/api/sync/activate", null).send(bearer).statusCode()).isEqualTo(200);
        assertThat(test.node.node().isActive()).isTrue();
    }

    private static String expectChange(String method, String path, String body, String authorization, int status) {
        String before = test.dump();
        HttpResponse<String> answer = new Call(method, path, body).send(authorization);
        assertThat(answer.statusCode()).as("%s %s: %s", method, path, answer.body()).isEqualTo(status);
        assertThat(test.dump()).as("%s %s changed the database", method, path).isNotEqualTo(before);
        return answer.body();
    }

    private static void assertUnchanged(String before, Call call, String what) {
        assertThat(test.dump()).as("database after %s with %s", call, what).isEqualTo(before);
        assertThat(test.node.node().isActive()).as("sync state after %s with %s", call, what).isFalse();
    }

    private static String error(HttpResponse<String> answer) {
        try {
            return JSON.readTree(answer.body()).path("error").asText();
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + answer.body(), e);
        }
    }

    private record Call(String method, String path, String body) {
        HttpResponse<String> send(String authorization) {
            boolean text = path.contains("/rules/") && body != null && !body.startsWith("{");
            return test.call(method, path, authorization, body == null ? null : text ? "text/plain" : "application/json", body);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
