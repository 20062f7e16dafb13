package io.entwine.connector.github;

import io.entwine.api.connector.FieldChanges;
import io.entwine.api.errors.EntityException;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubVersion;
import io.entwine.emulator.core.RecordedExchange;
import io.entwine.emulator.github.GitHubRestContract;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A fix version is the issue's milestone: read with its number, written by title, one per issue. */
class MilestoneTest extends ConnectorFixture {

    @Test
    void writesAndReadsTheMilestoneAsTheFixVersion() {
        int v1 = github.addMilestone("acme", "demo", "v1.0");
        int v2 = github.addMilestone("acme", "demo", "v2.0");
        HubIssue draft = new HubIssue();
        draft.setSummary("Planned");
        draft.setFixVersions(List.of("v1.0"));
        String key = connector.create(draft).key();
        assertThat(connector.read(key).getFixVersions()).containsExactly(new HubVersion(String.valueOf(v1), "v1.0", null));

        long writes = github.journal().successfulWrites();
        connector.update(key, new FieldChanges(Map.of("fixVersions", List.of(HubVersion.named("V2.0")))));

        assertThat(github.journal().successfulWrites() - writes).isEqualTo(1);
        HubIssue read = connector.read(key);
        assertThat(read.getFixVersions()).containsExactly(new HubVersion(String.valueOf(v2), "v2.0", null));
        HubIssue written = read.copy();
        written.setFixVersions(List.of(HubVersion.named("v2.0")));
        assertThat(connector.normalizeWritten(written).getFixVersions()).isEqualTo(read.getFixVersions());

        connector.update(key, new FieldChanges(Map.of("fixVersions", List.of())));
        assertThat(connector.read(key).getFixVersions()).isEmpty();
        List<RecordedExchange> sent = github.journal().all().stream()
                .filter(e -> e.requestHeaders().getOrDefault("User-Agent", List.of("")).get(0).startsWith("entwine")).toList();
        assertThat(sent).extracting(e -> e.method() + " " + e.path()).contains("GET /repos/acme/demo/milestones");
        assertThat(GitHubRestContract.load().violations(sent)).isEmpty();
    }

    @Test
    void refusesAnUnknownMilestoneOrMoreThanOne() {
        github.addMilestone("acme", "demo", "v1.0");
        github.addMilestone("acme", "demo", "v2.0");
        String key = issueByAlice("Planned");

        assertThatThrownBy(() -> connector.update(key, new FieldChanges(Map.of("fixVersions", List.of(HubVersion.named("v9"))))))
                .isInstanceOf(EntityException.class).hasMessageContaining("'v9'");
        assertThatThrownBy(() -> connector.update(key, new FieldChanges(Map.of("fixVersions",
                List.of(HubVersion.named("v1.0"), HubVersion.named("v2.0"))))))
                .isInstanceOf(EntityException.class).hasMessageContaining("one milestone");
    }
}
