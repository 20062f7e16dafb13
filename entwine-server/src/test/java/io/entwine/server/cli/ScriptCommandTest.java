package io.entwine.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.entwine.emulator.jira.JiraEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code entwine script check|test}, run through {@link Main} as from a shell: exit codes, stdout and stderr. */
class ScriptCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    private record Outcome(int exit, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("stdout is not JSON: " + out, e);
            }
        }
    }

    private Outcome entwine(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(exit, out.toString(), err.toString());
    }

    private String file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file.toString();
    }

    @Test
    void checkSaysOkAndExitsZeroForAScriptThatCompiles() throws IOException {
        String script = file("outgoing.groovy", "replica.summary = issue.summary\n");

        Outcome result = entwine("script", "check", script);

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("ok: " + script + " compiles" + System.lineSeparator());
    }

    @Test
    void checkPrintsTheCompileErrorWithItsLineAndExitsOne() throws IOException {
        String script = file("broken.groovy", "replica.summary = issue.summary\nif (true) {\n  replica.key = issue.key\n");

        Outcome result = entwine("script", "check", script);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("broken.groovy, line 4: ").contains("does not compile");
    }

    @Test
    void checkRefusesWhatTheSandboxForbidsAtCompileTime() throws IOException {
        String script = file("imports.groovy", "import java.nio.file.Files\nreplica.summary = Files.readString(null)\n");

        Outcome result = entwine("script", "check", script);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("imports.groovy, line 1: ");
    }

    @Test
    void testOutgoingPrintsTheReplicaTheScriptWouldSend() throws IOException {
        String script = file("out.groovy", "replica.key = issue.key\nreplica.summary = issue.summary.toUpperCase()\n");
        String issue = file("issue.json", "{\"key\": \"DEMO-1\", \"summary\": \"login broken\", \"description\": \"not sent\"}");

        Outcome result = entwine("script", "test", "--connector", "jira-cloud", "--direction", "outgoing",
                "--script", script, "--issue", issue);

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(json.path("direction").asText()).isEqualTo("outgoing");
        assertThat(json.path("sendsNothing").asBoolean()).isFalse();
        assertThat(json.path("replica").toString())
                .isEqualTo("{\"$schema\":\"entwine/replica/v1\",\"key\":\"DEMO-1\",\"summary\":\"LOGIN BROKEN\"}");
        assertThat(json.path("lookups").asText()).isEqualTo("offline directory (jira-cloud emulator defaults)");
    }

    @Test
    void testIncomingPrintsTheChangesWithLookUpsFromTheOfflineDirectory() throws IOException {
        String script = file("in.groovy", """
                issue.summary = replica.summary
                issue.assignee = nodeHelper.getUserByEmail(replica.assignee?.email)
                issue.priority = nodeHelper.getPriority("High")
                log.info("mapped {}", replica.key)
                """);
        String issue = file("issue.json", "{\"$schema\": \"entwine/replica/v1\", \"key\": \"DEMO-1\", \"summary\": \"old\"}");
        String replica = file("replica.json", "{\"key\": \"7\", \"summary\": \"new\", \"assignee\": {\"key\": \"bob\", \"email\": \"bob@example.com\"}}");

        Outcome result = entwine("script", "test", "--connector", "jira-cloud", "--direction", "incoming",
                "--script", script, "--issue", issue, "--replica", replica);

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(json.path("action").asText()).isEqualTo("update");
        assertThat(json.path("changes").path("fields").toString()).isEqualTo("{\"summary\":\"new\","
                + "\"priority\":{\"id\":\"2\",\"name\":\"High\"},"
                + "\"assignee\":{\"key\":\"cd2d922f09761806dc954b99\",\"email\":\"bob@example.com\",\"displayName\":\"Bob Baker\",\"active\":true}}");
        assertThat(json.path("log").toString()).isEqualTo("[\"INFO mapped 7\"]");
    }

    @Test
    void testPrintsTheRuleErrorWithItsLineAndExitsOne() throws IOException {
        String script = file("in.groovy", "issue.summary = replica.summary\ndebug.error(\"no mapping for \" + replica.key)\n");
        String issue = file("issue.json", "{\"key\": \"DEMO-1\"}");
        String replica = file("replica.json", "{\"key\": \"7\"}");

        Outcome result = entwine("script", "test", "--connector", "github", "--direction", "incoming",
                "--script", script, "--issue", issue, "--replica", replica);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("in.groovy, line 2: no mapping for 7" + System.lineSeparator())
                .contains("connection-level error");
    }

    @Test
    void testNamesTheFileAndJsonPathOfAMalformedEntity() throws IOException {
        String script = file("out.groovy", "replica.key = issue.key\n");
        String issue = file("issue.json", "{\"key\": \"DEMO-1\", \"status\": 7}");

        Outcome result = entwine("script", "test", "--connector", "jira-cloud", "--direction", "outgoing",
                "--script", script, "--issue", issue);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("entwine: " + issue + ": replica.status: expected an object with \"name\"" + System.lineSeparator());
    }

    @Test
    void testWithoutTheLocalEntityOfAnUpdateSaysWhatIsMissing() throws IOException {
        String script = file("in.groovy", "issue.summary = replica.summary\n");
        String replica = file("replica.json", "{\"key\": \"7\"}");

        Outcome result = entwine("script", "test", "--connector", "jira-cloud", "--direction", "incoming",
                "--script", script, "--replica", replica);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("needs the local entity ('issue'), or firstSync");
    }

    @Test
    void testAnswersLookUpsFromATrackerGivenByUrlAndWritesNothingThere() throws IOException {
        try (JiraEmulator jira = new JiraEmulator(Clock.systemUTC())) {
            jira.start(0);
            String danaId = jira.addUser("dana@example.com", "Dana Diaz");
            String script = file("in.groovy", "issue.assignee = nodeHelper.getUserByEmail(replica.assignee.email)\n");
            String issue = file("issue.json", "{\"key\": \"DEMO-1\"}");
            String replica = file("replica.json", "{\"key\": \"7\", \"assignee\": {\"key\": \"dana\", \"email\": \"dana@example.com\"}}");
            long writesBefore = jira.journal().successfulWrites();

            Outcome result = entwine("script", "test", "--connector", "jira-cloud", "--direction", "incoming",
                    "--script", script, "--issue", issue, "--replica", replica, "--tracker-url", jira.baseUrl(),
                    "-T", "email=" + JiraEmulator.DEFAULT_EMAIL, "-T", "apiToken=" + JiraEmulator.DEFAULT_API_TOKEN,
                    "-T", "project=" + JiraEmulator.DEFAULT_PROJECT);

            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(result.json().path("changes").path("fields").path("assignee").path("key").asText()).isEqualTo(danaId);
            assertThat(result.json().path("lookups").asText()).isEqualTo("jira-cloud tracker at " + jira.baseUrl() + " (read-only)");
            assertThat(jira.journal().successfulWrites()).isEqualTo(writesBefore);
        }
    }

    @Test
    void testAnswersTwinLookUpsFromATwinsFileAndShowsWhatTheScriptAskedFor() throws IOException {
        String script = file("in.groovy", """
                import com.exalate.api.exception.IssueTrackerException
                def parent = nodeHelper.getLocalIssueKeyFromRemoteId(replica.parentId)
                if (!parent) throw new IssueTrackerException("parent not synced yet")
                issue.parentId = parent.id
                syncHelper.syncBackAfterProcessing()
                """);
        String replica = file("replica.json", "{\"key\": \"SUP-2\", \"parentId\": \"20001\"}");
        String twins = file("twins.json", "[{\"remoteId\": \"20001\", \"local\": {\"key\": \"DEMO-9\", \"id\": \"10090\"}}]");
        String[] args = {"script", "test", "--connector", "jira-cloud", "--direction", "incoming", "--first-sync",
                "--script", script, "--replica", replica};

        Outcome withTwins = entwine(concat(args, "--twins", twins));
        Outcome withoutTwins = entwine(args);

        assertThat(withTwins.exit()).as(withTwins.err()).isZero();
        assertThat(withTwins.json().path("entity").path("parentId").asText()).isEqualTo("10090");
        assertThat(withTwins.json().path("actions").path("syncBack").asBoolean()).isTrue();
        assertThat(withoutTwins.exit()).isEqualTo(1);
        assertThat(withoutTwins.err()).startsWith("in.groovy, line 3: parent not synced yet" + System.lineSeparator())
                .contains("entity-level error");
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @Test
    void testRefusesTrackerSettingsWithoutATracker() throws IOException {
        String script = file("out.groovy", "replica.key = issue.key\n");
        String issue = file("issue.json", "{\"key\": \"DEMO-1\"}");

        Outcome result = entwine("script", "test", "--connector", "jira-cloud", "--direction", "outgoing",
                "--script", script, "--issue", issue, "-T", "apiToken=secret");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("--tracker-setting needs --tracker-url");
    }
}
