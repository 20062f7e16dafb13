package io.entwine.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.emulator.jira.JiraEmulator;
import io.entwine.server.RunningNode;
import io.entwine.server.config.NodeConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/scripts/check} and {@code /api/scripts/test} on a real node attached to an emulated Jira. */
class ScriptRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir static Path dataDir;
    private static JiraEmulator jira;
    private static RunningNode node;
    private static String danaAccountId;
    private static String adminToken;

    private record Answer(int status, JsonNode body) {
    }

    @BeforeAll
    static void startNode() throws IOException {
        jira = new JiraEmulator(Clock.systemUTC());
        jira.start(0);
        danaAccountId = jira.addUser("dana@example.com", "Dana Diaz");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Properties p = new Properties();
        p.putAll(Map.of("node.name", "jira-node", "node.port", String.valueOf(port), "node.dataDir", dataDir.toString(),
                "sync.startWorkers", "false", "sync.pollInterval", "PT1H", "tracker.kind", "jira-cloud",
                "tracker.baseUrl", jira.baseUrl(), "tracker.email", JiraEmulator.DEFAULT_EMAIL,
                "tracker.apiToken", JiraEmulator.DEFAULT_API_TOKEN, "tracker.project", JiraEmulator.DEFAULT_PROJECT));
        node = RunningNode.start(NodeConfig.from(p, Map.of(), "test"), Clock.systemUTC());
        adminToken = node.firstAdminToken().orElseThrow().token();
    }

    @AfterAll
    static void stopNode() {
        if (node != null) node.close();
        if (jira != null) jira.close();
    }

    private static Answer post(String path, String contentType, String body) throws IOException, InterruptedException {
        return post(path, contentType, body, adminToken);
    }

    private static Answer post(String path, String contentType, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) request.header("Authorization", "Bearer " + token);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), JSON.readTree(response.body()));
    }

    private static Answer test(ObjectNode request) throws IOException, InterruptedException {
        return post("/api/scripts/test", "application/json", request.toString());
    }

    @Test
    void tryingAScriptNeedsTheAdminToken() throws Exception {
        Answer answer = post("/api/scripts/check", "text/plain", "replica.summary = issue.summary", null);

        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void checkAnswersOkForAScriptThatCompiles() throws Exception {
        Answer answer = post("/api/scripts/check", "text/plain", "replica.summary = issue.summary");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("ok").asBoolean()).isTrue();
    }

    @Test
    void checkAnswers422WithTheLineOfACompileError() throws Exception {
        ObjectNode body = JSON.createObjectNode().put("script", "replica.summary = issue.summary\nif (x {\n").put("scriptName", "in.groovy");

        Answer answer = post("/api/scripts/check", "application/json", body.toString());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("kind").asText()).isEqualTo("compile");
        assertThat(answer.body().path("script").asText()).isEqualTo("in.groovy");
        assertThat(answer.body().path("line").asInt()).isEqualTo(2);
        assertThat(answer.body().path("error").asText()).startsWith("in.groovy, line 2: ");
    }

    @Test
    void testAnswersLookUpsFromTheNodesTrackerAndWritesNothing() throws Exception {
        long mark = jira.journal().mark();
        ObjectNode request = JSON.createObjectNode().put("direction", "incoming")
                .put("script", "issue.summary = replica.summary\nissue.assignee = nodeHelper.getUserByEmail(replica.assignee.email)\n"
                        + "issue.status = nodeHelper.getStatus('In Progress')");
        request.putObject("issue").put("key", "DEMO-1").put("summary", "old");
        request.putObject("replica").put("key", "7").put("summary", "new").putObject("assignee").put("email", "dana@example.com");

        Answer answer = test(request);

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body().path("action").asText()).isEqualTo("update");
        JsonNode changes = answer.body().path("changes");
        assertThat(changes.path("fields").path("summary").asText()).isEqualTo("new");
        assertThat(changes.path("fields").path("assignee").path("key").asText()).isEqualTo(danaAccountId);
        assertThat(changes.path("status").asText()).isEqualTo("In Progress");
        assertThat(answer.body().path("lookups").asText()).isEqualTo("jira-cloud tracker at " + jira.baseUrl() + " (read-only)");
        assertThat(jira.journal().since(mark)).as("requests the dry run sent to Jira").noneMatch(e -> e.isWrite());
    }

    @Test
    void rulesMayReadTheTrackerThroughHttpClientButNotWrite() throws Exception {
        long mark = jira.journal().mark();
        ObjectNode read = JSON.createObjectNode().put("direction", "outgoing")
                .put("script", "replica.key = issue.key\nreplica.summary = httpClient.get('/rest/api/3/myself').displayName");
        read.putObject("issue").put("key", "DEMO-1");
        ObjectNode write = JSON.createObjectNode().put("direction", "outgoing")
                .put("script", "replica.key = issue.key\nhttpClient.post('/rest/api/3/issue', [fields: [summary: 'x']])");
        write.putObject("issue").put("key", "DEMO-1");

        Answer readAnswer = test(read);
        Answer writeAnswer = test(write);

        assertThat(readAnswer.status()).as(readAnswer.body().toString()).isEqualTo(200);
        assertThat(readAnswer.body().path("replica").path("summary").asText()).isEqualTo("Demo Admin");
        assertThat(writeAnswer.status()).isEqualTo(422);
        assertThat(writeAnswer.body().path("line").asInt()).isEqualTo(2);
        assertThat(writeAnswer.body().path("detail").asText()).contains("dry run: no writes (a rule tried to send POST /rest/api/3/issue (httpClient))");
        assertThat(jira.journal().since(mark)).noneMatch(e -> e.isWrite());
    }

    @Test
    void twinsGivenInTheRequestAnswerTwinLookUps() throws Exception {
        ObjectNode request = JSON.createObjectNode().put("direction", "incoming").put("firstSync", true)
                .put("script", "def parent = nodeHelper.getLocalIssueFromRemoteId(replica.parentId)\n"
                        + "issue.parentId = parent.id\nissue.summary = parent.summary + ' / ' + replica.summary");
        request.putObject("replica").put("key", "SUP-2").put("summary", "child").put("parentId", "20001");
        ObjectNode twin = request.putArray("twins").addObject().put("remoteId", "20001").put("remoteKey", "SUP-1");
        twin.putObject("local").put("key", "DEMO-9").put("id", "10090").put("summary", "parent");

        Answer answer = test(request);

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body().path("action").asText()).isEqualTo("create");
        assertThat(answer.body().path("entity").path("parentId").asText()).isEqualTo("10090");
        assertThat(answer.body().path("entity").path("summary").asText()).isEqualTo("parent / child");
    }

    @Test
    void testOutgoingAnswersTheReplica() throws Exception {
        ObjectNode request = JSON.createObjectNode().put("direction", "outgoing").put("script", "replica.key = issue.key\nreplica.labels = issue.labels");
        request.putObject("issue").put("key", "DEMO-3").putArray("labels").add("web");

        Answer answer = test(request);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("replica").toString()).isEqualTo("{\"$schema\":\"entwine/replica/v1\",\"key\":\"DEMO-3\",\"labels\":[\"web\"]}");
    }

    @Test
    void testOfAnotherConnectorKindUsesItsOfflineDirectory() throws Exception {
        ObjectNode request = JSON.createObjectNode().put("connector", "github").put("direction", "incoming")
                .put("script", "issue.assignees = [nodeHelper.getUserByEmail('carol@example.com')]");
        request.putObject("issue").put("key", "12");
        request.putObject("replica").put("key", "DEMO-3");

        Answer answer = test(request);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("changes").path("fields").path("assignees").get(0).path("key").asText()).isEqualTo("carol");
        assertThat(answer.body().path("lookups").asText()).isEqualTo("offline directory (github emulator defaults)");
    }

    @Test
    void testAnswers422WithTheLineOfAScriptError() throws Exception {
        ObjectNode request = JSON.createObjectNode().put("direction", "outgoing").put("scriptName", "out.groovy")
                .put("script", "replica.key = issue.key\nreplica.summary = issue.sumary");
        request.putObject("issue").put("key", "DEMO-3");

        Answer answer = test(request);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("kind").asText()).isEqualTo("rule");
        assertThat(answer.body().path("line").asInt()).isEqualTo(2);
        assertThat(answer.body().path("error").asText()).startsWith("out.groovy, line 2: no such property 'sumary'");
    }

    @Test
    void testAnswers400NamingAnUnknownProperty() throws Exception {
        ObjectNode request = JSON.createObjectNode().put("direction", "incoming").put("script", "return").put("firstsync", true);

        Answer answer = test(request);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("error").asText()).startsWith("unknown property 'firstsync' in the dry run request");
    }
}
