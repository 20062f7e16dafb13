package io.entwine.server.scripts;

import io.entwine.api.connector.ConnectorConfig;
import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.errors.ConfigException;
import io.entwine.api.errors.SyncException;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;
import io.entwine.connector.github.GitHubConnector;
import io.entwine.connector.jira.JiraCloudConnector;
import io.entwine.emulator.github.GitHubEmulator;
import io.entwine.emulator.jira.JiraEmulator;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The offline directory answers look-ups exactly as the real connectors do against the bundled emulators'
 * defaults, so a dry run offline and a dry run against the emulator agree.
 */
class OfflineDirectoryTest {

    @Test
    void jiraDirectoryAnswersAsTheJiraConnectorDoesAgainstTheEmulator() {
        OfflineDirectory offline = OfflineDirectory.of("jira-cloud");
        try (JiraEmulator jira = new JiraEmulator(Clock.systemUTC())) {
            jira.start(0);
            TrackerConnector connector = new JiraCloudConnector();
            connector.start(new ConnectorConfig(jira.baseUrl(), Map.of("email", JiraEmulator.DEFAULT_EMAIL,
                    "apiToken", JiraEmulator.DEFAULT_API_TOKEN, "project", JiraEmulator.DEFAULT_PROJECT), Clock.systemUTC()));
            try {
                assertSameAnswers(offline, connector, "DEMO");
                assertThat(offline.trackerInfo().integrationUser()).isEqualTo(connector.trackerInfo().integrationUser());
            } finally {
                connector.stop();
            }
        }
    }

    @Test
    void gitHubDirectoryAnswersAsTheGitHubConnectorDoesAgainstTheEmulator() {
        OfflineDirectory offline = OfflineDirectory.of("github");
        try (GitHubEmulator github = new GitHubEmulator(Clock.systemUTC())) {
            github.start(0);
            TrackerConnector connector = new GitHubConnector();
            connector.start(new ConnectorConfig(github.baseUrl(), Map.of("token", GitHubEmulator.DEFAULT_TOKEN,
                    "repository", GitHubEmulator.DEFAULT_OWNER + "/" + GitHubEmulator.DEFAULT_REPO), Clock.systemUTC()));
            try {
                assertSameAnswers(offline, connector, "acme/demo");
                assertThat(connector.priority("High")).isEmpty();
                assertThat(connector.issueType("Bug", null)).isEmpty();
            } finally {
                connector.stop();
            }
        }
    }

    private static void assertSameAnswers(OfflineDirectory offline, TrackerConnector connector, String project) {
        assertThat(offline.users()).isNotEmpty();
        for (HubUser user : offline.users()) {
            assertThat(connector.userByEmail(user.email())).as("user " + user.email()).contains(user);
            assertThat(offline.userByEmail(user.email().toUpperCase())).contains(user);
        }
        for (HubStatus status : offline.statuses()) {
            assertThat(connector.status(status.name())).as("status " + status.name()).contains(status);
        }
        for (HubPriority priority : offline.priorities()) {
            assertThat(connector.priority(priority.name())).as("priority " + priority.name()).contains(priority);
        }
        for (HubIssueType type : offline.issueTypes()) {
            assertThat(connector.issueType(type.name(), project)).as("issue type " + type.name()).contains(type);
        }
        for (String unknown : new String[] {"nobody@example.com"}) {
            assertThat(connector.userByEmail(unknown)).isEmpty();
            assertThat(offline.userByEmail(unknown)).isEmpty();
        }
        assertThat(offline.status("Waiting for customer")).isEqualTo(connector.status("Waiting for customer"));
        assertThat(offline.priority("Blocker")).isEqualTo(connector.priority("Blocker"));
    }

    @Test
    void namesAreMatchedIgnoringCaseAndSurroundingBlanks() {
        OfflineDirectory jira = OfflineDirectory.of("jira-cloud");

        assertThat(jira.status(" in progress ")).contains(new HubStatus("3", "In Progress"));
        assertThat(jira.priority("HIGHEST")).contains(new HubPriority("1", "Highest"));
        assertThat(jira.issueType("sub-task", "ANY")).contains(new HubIssueType("10004", "Sub-task"));
        assertThat(jira.userByEmail(null)).isEmpty();
    }

    @Test
    void everyWriteIsRefusedAsADryRun() {
        OfflineDirectory offline = OfflineDirectory.of("github");

        assertThatThrownBy(() -> offline.create(new HubIssue())).isInstanceOf(SyncException.class)
                .hasMessage("dry run: no writes (a rule tried to create an entity)");
        assertThatThrownBy(() -> offline.addComment("12", new HubComment())).hasMessageStartingWith("dry run: no writes");
        assertThatThrownBy(() -> offline.transition("12", "closed")).hasMessage("dry run: no writes (a rule tried to move 12 to closed)");
        assertThatThrownBy(() -> offline.deleteComment("12", "3")).hasMessageStartingWith("dry run: no writes");
        assertThatThrownBy(() -> offline.read("12")).hasMessageContaining("holds no issues");
    }

    @Test
    void anUnknownConnectorKindNamesTheKnownOnes() {
        assertThatThrownBy(() -> OfflineDirectory.of("servicenow")).isInstanceOf(ConfigException.class)
                .hasMessage("no offline directory for connector kind 'servicenow'; known kinds: jira-cloud, github");
    }
}
