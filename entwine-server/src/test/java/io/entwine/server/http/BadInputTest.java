package io.entwine.server.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.entwine.server.TestNode;
import io.entwine.store.connection.ConnectionStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bad input to every route of the node's route table ({@link NodeRoutes}, so routes added later are covered
 * without touching this test): a body larger than {@code http.maxBodyBytes} (declared, and streamed without end),
 * a media type no route reads, malformed JSON, and path parameters that name nothing (a GET may answer that there
 * is nothing, a call that would change something must be refused). Each is refused with a 4xx
 * whose JSON reason says what was wrong and where, logged in one WARN line that does not carry the body, and
 * changes nothing (the whole database is compared before and after). Admin routes are called with a valid token,
 * so the checks behind the token check are the ones exercised. The signed routes' own cases are in
 * {@link SignedInputTest}.
 */
class BadInputTest {
    static final int LIMIT = 64 * 1024;
    /** Put into bodies; must never reach the log. */
    static final String SECRET = "hunter2-do-not-log-me";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    @TempDir
    static Path dir;
    static TestNode test;
    static String bearer;
    static ListAppender<ILoggingEvent> logs;

    @BeforeAll
    static void startNode() {
        test = TestNode.start(dir, Map.of("http.maxBodyBytes", String.valueOf(LIMIT)));
        bearer = "Bearer " + test.node.firstAdminToken().orElseThrow().token();
        var node = test.node.node();
        String connectionId = node.connections().invite("c1").connectionId();
        node.database().useTransaction(tx -> tx.connections().updateStatus(connectionId, ConnectionStatus.ACTIVE));
        logs = captureLogs();
        awaitSettled(test);
    }

    @AfterAll
    static void stop() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        test.close();
    }

    static ListAppender<ILoggingEvent> captureLogs() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.list = new java.util.concurrent.CopyOnWriteArrayList<>(); // server threads append while the test reads
        appender.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
        return appender;
    }

    /** The node's start-up sweep may still be writing; wait until the database stops changing. */
    static void awaitSettled(TestNode test) {
        String[] last = {test.dump()};
        await().pollInterval(Duration.ofMillis(100)).during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(10))
                .until(() -> {
                    String now = test.dump();
                    boolean same = now.equals(last[0]);
                    last[0] = now;
                    return same;
                });
    }

    private static List<Route> routes() {
        return NodeRoutes.of(null, null);
    }

    private static String authorization(Route route) {
        return route.access() == Route.Access.ADMIN ? bearer : null;
    }

    /** The route's path with every parameter set to a value that names nothing on the node. */
    private static String unknownValues(Route route) {
        Matcher m = PARAM.matcher(route.path());
        return m.replaceAll(p -> "no-such-" + p.group(1));
    }

    private static Map<String, String> headers(Route route, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (authorization(route) != null) headers.put("Authorization", authorization(route));
        if (contentType != null) headers.put("Content-Type", contentType);
        return headers;
    }

    @Test
    void aDeclaredBodyOverTheLimitIsRefusedBeforeItIsRead() {
        for (Route route : routes()) {
            String path = unknownValues(route);
            // claims 64 x the limit but sends 1 KiB: an answer at all shows the node did not wait for the rest
            expectRefusal(route, "a declared oversized body", 413, "body",
                    () -> RawHttp.declaredBody(test.node.port(), route.method(), path, headers(route, "application/json"),
                            64L * LIMIT, 1024),
                    "request body too large: a body of " + 64L * LIMIT + " bytes (Content-Length) exceeds this node's limit of "
                            + LIMIT + " bytes (http.maxBodyBytes)");
        }
    }

    @Test
    void aStreamedBodyIsRefusedOnceItPassesTheLimitWithoutWaitingForItsEnd() {
        for (Route route : routes()) {
            String path = unknownValues(route);
            expectRefusal(route, "an endless chunked body", 413, "body",
                    () -> RawHttp.endlessChunkedBody(test.node.port(), route.method(), path, headers(route, "application/json"),
                            LIMIT + 32 * 1024),
                    "request body too large: a body of more than " + LIMIT + " bytes exceeds this node's limit of " + LIMIT
                            + " bytes (http.maxBodyBytes)");
        }
    }

    @Test
    void aBodyOfAMediaTypeNoRouteReadsIsRefused() {
        for (Route route : routes()) {
            expectRefusal(route, "an XML body", 415, "header Content-Type",
                    () -> send(route, unknownValues(route), "application/xml", "<name>" + SECRET + "</name>"),
                    "this node reads request bodies of type application/json (text/plain for scripts,"
                            + " application/x-www-form-urlencoded for webhooks), not 'application/xml'");
        }
    }

    @Test
    void malformedJsonIsRefusedWithItsLineAndColumn() {
        for (Route route : routes()) {
            if (route.access() == Route.Access.SIGNED) continue; // signature first: SignedInputTest sends them signed
            expectRefusal(route, "malformed JSON", 400, "body line 2, column 7",
                    () -> send(route, unknownValues(route), "application/json", "{\"name\": \"" + SECRET + "\",\n \"x\": }"),
                    "request body is not valid JSON at body line 2, column 7: Unexpected character ('}' (code 125)):"
                            + " expected a value");
        }
    }

    @Test
    void pathParametersThatNameNothingAreRefusedWithAReason() {
        int routesWithParameters = 0;
        for (Route route : routes()) {
            if (!route.path().contains("{")) continue;
            routesWithParameters++;
            String path = unknownValues(route);
            String before = test.dump();
            int mark = logs.list.size();
            RawHttp.Answer answer = send(route, path, null, null);
            assertUnchanged(before, route.method() + " " + path);
            if (route.method().equals("GET") && answer.status() == 200) continue; // a read of nothing may answer "none"
            assertThat(answer.status()).as("%s %s: %s", route.method(), path, answer.body()).isBetween(400, 499);
            assertThat(reason(answer)).as("%s %s", route.method(), path).isNotBlank();
            assertOneWarning(mark, route.method() + " " + path, answer.status());
        }
        assertThat(routesWithParameters).as("the route table has parameterised routes").isPositive();
    }

    @Test
    void jsonOfTheWrongShapeIsRefusedNamingTheField() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("POST /api/connections/invitations", "{\"name\": 42}");
        cases.put("POST /api/tokens", "{\"nam\": \"typo\"}");
        cases.put("POST /api/connections/accept", "[\"" + SECRET + "\"]");
        Map<String, String> where = Map.of("POST /api/connections/invitations", "field 'name'", "POST /api/tokens", "field 'name'",
                "POST /api/connections/accept", "body");
        cases.forEach((call, body) -> {
            Route route = routes().stream().filter(r -> (r.method() + " " + r.path()).equals(call)).findFirst().orElseThrow();
            expectRefusal(route, "a body of the wrong shape", 400, where.get(call),
                    () -> send(route, route.path(), "application/json", body), null);
        });
    }

    @Test
    void aScriptRouteRefusesAFormEncodedBody() {
        for (String call : List.of("PUT /api/connections/{id}/rules/{direction}", "POST /api/scripts/check")) {
            Route route = routes().stream().filter(r -> (r.method() + " " + r.path()).equals(call)).findFirst().orElseThrow();
            String id = test.node.node().connections().list().get(0).id();
            String path = route.path().replace("{id}", id).replace("{direction}", "outgoing");
            expectRefusal(route, "a form-encoded script", 415, "header Content-Type",
                    () -> send(route, path, "application/x-www-form-urlencoded", "script=return"), null);
        }
    }

    private static RawHttp.Answer send(Route route, String path, String contentType, String body) {
        HttpResponse<String> answer = test.call(route.method(), path, authorization(route), contentType, body);
        return new RawHttp.Answer(answer.statusCode(), answer.body());
    }

    private static void expectRefusal(Route route, String what, int status, String where, Supplier<RawHttp.Answer> call,
                                      String reason) {
        String before = test.dump();
        int mark = logs.list.size();
        RawHttp.Answer answer = call.get();
        String label = route.method() + " " + route.path() + " with " + what;
        assertThat(answer.status()).as("%s: %s", label, answer.body()).isEqualTo(status);
        JsonNode body = json(answer);
        if (route.path().startsWith("/peer/")) {
            assertThat(body.path("status").asText()).as(label).isEqualTo("rejected");
        } else {
            assertThat(body.path("status").asInt()).as(label).isEqualTo(status);
            assertThat(body.path("where").asText()).as(label).isEqualTo(where);
        }
        if (reason != null) assertThat(reason(answer)).as(label).isEqualTo(reason);
        assertUnchanged(before, label);
        assertOneWarning(mark, route.method() + " ", status);
    }

    static JsonNode json(RawHttp.Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (Exception e) {
            throw new AssertionError("answer is not JSON: " + answer.body(), e);
        }
    }

    static String reason(RawHttp.Answer answer) {
        JsonNode body = json(answer);
        return body.has("reason") ? body.path("reason").asText() : body.path("error").asText();
    }

    private static void assertUnchanged(String before, String label) {
        assertThat(test.dump()).as("database after %s", label).isEqualTo(before);
        assertThat(test.node.node().isActive()).as("sync state after %s", label).isFalse();
    }

    /** Exactly one WARN line for the refused call, saying what and how it was refused, without the body. */
    static void assertOneWarning(int mark, String call, int status) {
        assertOneWarning(logs, mark, call, status);
    }

    static void assertOneWarning(ListAppender<ILoggingEvent> logs, int mark, String call, int status) {
        await().atMost(Duration.ofSeconds(2)).until(() -> warnings(logs, mark).size() >= 1);
        List<ILoggingEvent> warnings = warnings(logs, mark);
        assertThat(warnings).as("WARN lines for %s", call).hasSize(1);
        String line = warnings.get(0).getFormattedMessage();
        assertThat(line).startsWith("refused " + call.trim()).contains(": " + status + " ").doesNotContain(SECRET);
        logs.list.subList(mark, logs.list.size()).forEach(e -> assertThat(e.getFormattedMessage()).doesNotContain(SECRET));
    }

    private static List<ILoggingEvent> warnings(ListAppender<ILoggingEvent> logs, int mark) {
        List<ILoggingEvent> out = new ArrayList<>();
        for (ILoggingEvent e : List.copyOf(logs.list.subList(mark, logs.list.size()))) {
            if (e.getLevel().isGreaterOrEqual(Level.WARN)) out.add(e);
        }
        return out;
    }
}
