package io.entwine.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked examples of the README's "Trying a script" (files under {@code examples/scripts}) give what it shows. */
class ExampleScriptsTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "scripts");

    private static JsonNode entwine(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(exit).as("exit code; stderr: %s", err).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    private static String example(String name) {
        Path file = EXAMPLES.resolve(name);
        assertThat(Files.exists(file)).as(file.toAbsolutePath() + " exists").isTrue();
        return file.toString();
    }

    @Test
    void jiraIncomingExampleGivesTheChangesTheReadmeShows() throws Exception {
        JsonNode result = entwine("script", "test", "--connector", "jira-cloud", "--direction", "incoming",
                "--script", example("jira-incoming.groovy"), "--issue", example("jira-issue.json"),
                "--replica", example("github-replica.json"));

        assertThat(result.path("action").asText()).isEqualTo("update");
        JsonNode changes = result.path("changes");
        assertThat(changes.path("fields").path("summary").asText()).isEqualTo("Checkout fails on Safari 17");
        assertThat(changes.path("fields").path("priority").toString()).isEqualTo("{\"id\":\"2\",\"name\":\"High\"}");
        assertThat(changes.path("fields").path("assignee").path("email").asText()).isEqualTo("bob@example.com");
        assertThat(changes.path("status").asText()).isEqualTo("In Progress");
        assertThat(changes.path("addedComments")).hasSize(1);
        assertThat(changes.path("addedComments").get(0).path("executor").path("key").asText()).isEqualTo("ff9a99e07c5bf0e8c315159b");
        assertThat(result.path("log").toString())
                .isEqualTo("[\"INFO DEMO-7: remote assignee Octo Dev has no Jira account, assigned to the triage lead\"]");
    }

    @Test
    void gitHubOutgoingExampleLeavesBotCommentsOut() throws Exception {
        JsonNode result = entwine("script", "test", "--connector", "github", "--direction", "outgoing",
                "--script", example("github-outgoing.groovy"), "--issue", example("github-issue.json"));

        assertThat(result.path("sendsNothing").asBoolean()).isFalse();
        assertThat(result.path("replica").path("key").asText()).isEqualTo("42");
        assertThat(result.path("replica").path("comments")).hasSize(1);
        assertThat(result.path("replica").path("customKeys").path("repository").asText()).isEqualTo("acme/shop");
    }

    @Test
    void everyExampleScriptCompiles() throws Exception {
        try (var scripts = Files.list(EXAMPLES)) {
            for (Path script : scripts.filter(p -> p.toString().endsWith(".groovy")).toList()) {
                StringWriter out = new StringWriter();
                int exit = Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "script", "check", script.toString());
                assertThat(exit).as(script.toString()).isZero();
            }
        }
    }
}
