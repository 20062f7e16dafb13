package io.entwine.connector.github;

import io.entwine.api.connector.ChangePage;
import io.entwine.api.connector.FieldChanges;
import io.entwine.api.errors.EntityNotFoundException;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubUser;
import io.entwine.emulator.core.RecordedExchange;
import io.entwine.emulator.github.GitHubRestContract;
import io.entwine.emulator.github.HookReceiver;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every request the connector sends, through every SPI method, fits GitHub's official REST description,
 * and so does every answer it relies on (see {@code GitHubRestContract} for the corrections the validator needs).
 */
class ConnectorContractTest extends ConnectorFixture {

    @Test
    void everyRequestTheConnectorSendsFitsGitHubsDescription() {
        long mark = github.journal().mark();
        try (HookReceiver receiver = new HookReceiver()) {
            connector.ensureWebhook(receiver.url());
            connector.ensureWebhook(receiver.url());
        }
        HubIssue draft = new HubIssue();
        draft.setSummary("Created by the connector");
        draft.setDescription("**Markdown**");
        draft.setLabels(List.of("bug", "from-jira"));
        draft.setAssignees(List.of(HubUser.ofKey("alice"), new HubUser(null, null, "bob@example.com", null, true)));
        String key = connector.create(draft).key();
        clock.advance(Duration.ofSeconds(10));
        connector.update(key, new FieldChanges(Map.of("summary", "Renamed", "description", "changed",
                "labels", List.of("p1"), "assignee", HubUser.ofKey("carol"))));
        connector.update(key, new FieldChanges(Map.of("resolution", "not_planned")));
        connector.transition(key, "closed:not_planned");
        connector.transition(key, "open");
        HubComment comment = connector.addComment(key, new HubComment(null, "first", null, null, null));
        connector.editComment(key, comment.getId(), "edited");
        connector.read(key);
        connector.deleteComment(key, comment.getId());
        connector.deleteComment(key, comment.getId());
        connector.userByEmail("carol@example.com");
        connector.userByEmail("nobody@example.com");
        connector.query("label:p1", null, 10);
        int pr = github.addPullRequest("acme", "demo", "A change");
        assertThatThrownBy(() -> connector.read(String.valueOf(pr))).isInstanceOf(EntityNotFoundException.class);
        issueByAlice("to delete");
        github.deleteIssue("acme", "demo", pr + 1);
        assertThatThrownBy(() -> connector.read(String.valueOf(pr + 1))).isInstanceOf(EntityNotFoundException.class);
        String cursor = null;
        ChangePage page;
        do {
            page = connector.changesSince(cursor, 2);
            cursor = page.nextCursor();
        } while (page.hasMore());
        connector.changesSince(cursor, 2);

        List<RecordedExchange> sent = github.journal().since(mark).stream()
                .filter(e -> e.requestHeaders().getOrDefault("User-Agent", List.of("")).get(0).startsWith("entwine"))
                .toList();
        assertThat(GitHubRestContract.load().violations(sent)).isEmpty();
        Set<String> calls = sent.stream().map(e -> e.method() + " " + e.path().replaceAll("/\\d+", "/{n}")).collect(Collectors.toSet());
        assertThat(calls).contains("GET /repos/acme/demo/hooks", "POST /repos/acme/demo/hooks", "POST /repos/acme/demo/issues",
                "PATCH /repos/acme/demo/issues/{n}", "GET /repos/acme/demo/issues/{n}", "GET /repos/acme/demo/issues/{n}/comments",
                "POST /repos/acme/demo/issues/{n}/comments", "PATCH /repos/acme/demo/issues/comments/{n}",
                "DELETE /repos/acme/demo/issues/comments/{n}", "GET /repos/acme/demo/assignees", "GET /users/bob",
                "GET /search/issues", "GET /repos/acme/demo/issues", "GET /repos/acme/demo/issues/comments");
    }
}
