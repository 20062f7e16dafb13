package io.entwine.script.helpers;

import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubWorkLog;
import io.entwine.script.IncomingInput;
import io.entwine.script.IncomingResult;
import io.entwine.script.LookupConnector;
import io.entwine.script.RuleEngine;
import io.entwine.script.RuleEngineSettings;
import io.entwine.script.RuleServices;
import io.entwine.script.SubObjectTraces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.entwine.script.helpers.Comments.ALICE;
import static io.entwine.script.helpers.Comments.comment;
import static org.assertj.core.api.Assertions.assertThat;

/** Attachments, work logs and the comment delta views, through real incoming runs. */
class SubObjectHelpersTest {
    private static final RuleEngine engine = new RuleEngine(RuleEngineSettings.defaults());
    private static final Instant T = Instant.parse("2026-11-23T09:00:00Z");

    @AfterAll
    static void close() {
        engine.close();
    }

    private static IncomingResult run(String source, HubIssue replica, HubIssue previous, HubIssue local, SubObjectTraces traces) {
        return engine.runIncoming(engine.compile("incoming rules", source), new IncomingInput(replica, previous, local, false,
                "https://remote/1", traces, new RuleServices(LookupConnector.jira(), "c", "a", "b", null)));
    }

    private static HubAttachment attachment(String id, String name, String hash) {
        return new HubAttachment(id, name, "text/plain", 3L, hash);
    }

    @Test
    void mergeAttachmentsAddsNewRemoteFilesAndDropsRemovedOnes() {
        HubIssue previous = new HubIssue();
        previous.setAttachments(List.of(attachment("r1", "kept.txt", "h1"), attachment("r2", "gone.txt", "h2")));
        HubIssue replica = new HubIssue();
        replica.setAttachments(List.of(attachment("r1", "kept.txt", "h1"), attachment("r3", "new.txt", "h3")));
        HubIssue local = new HubIssue();
        local.setAttachments(List.of(attachment("L1", "kept.txt", "h1"), attachment("L2", "gone.txt", "h2"), attachment("L9", "mine.txt", "h9")));
        SubObjectTraces traces = new SubObjectTraces(Map.of(), Map.of("r1", "L1", "r2", "L2"), Map.of());

        IncomingResult result = run("issue.attachments = attachmentHelper.mergeAttachments(issue, replica)", replica, previous, local, traces);

        assertThat(result.issue().getAttachments()).extracting(HubAttachment::getId).containsExactly("L1", "L9", null);
        HubAttachment added = result.issue().getAttachments().get(2);
        assertThat(added.getRemoteId()).isEqualTo("r3");
        assertThat(added.getContentHash()).isEqualTo("h3");
        assertThat(replica.getAttachments().get(1).getId()).as("the replica is untouched").isEqualTo("r3");
    }

    @Test
    void theAppendOnlyFormAndSuppressionWorkThroughTheDeltaViews() {
        HubIssue replica = new HubIssue();
        replica.setAttachments(List.of(attachment("r3", "new.txt", "h3")));
        replica.setComments(List.of(comment("c1", "hello", ALICE)));
        IncomingResult appended = run("issue.attachments += replica.addedAttachments\nissue.comments += replica.addedComments",
                replica, new HubIssue(), new HubIssue(), SubObjectTraces.NONE);
        assertThat(appended.issue().getAttachments()).singleElement().satisfies(a -> {
            assertThat(a.getId()).isNull();
            assertThat(a.getRemoteId()).isEqualTo("r3");
        });
        assertThat(appended.issue().getComments()).singleElement().satisfies(c -> {
            assertThat(c.getId()).isNull();
            assertThat(c.getRemoteId()).isEqualTo("c1");
            assertThat(c.getBody()).as("append-only: as sent").isEqualTo("hello");
        });

        IncomingResult suppressed = run("replica.addedComments = []\nreplica.addedAttachments = []\n"
                        + "issue.comments = commentHelper.mergeComments(issue, replica)\n"
                        + "issue.attachments = attachmentHelper.mergeAttachments(issue, replica)",
                replica, new HubIssue(), new HubIssue(), SubObjectTraces.NONE);
        assertThat(suppressed.issue().getComments()).isEmpty();
        assertThat(suppressed.issue().getAttachments()).isEmpty();
    }

    @Test
    void theDeltaViewsCarryRemoteIdsAndTakingAMirroredCommentEditsItsTwin() {
        HubIssue previous = new HubIssue();
        previous.setComments(List.of(comment("c1", "old", ALICE), comment("c2", "bye", ALICE)));
        HubIssue replica = new HubIssue();
        replica.setComments(List.of(comment("c1", "new", ALICE), comment("c3", "fresh", ALICE)));
        HubIssue local = new HubIssue();
        local.setComments(List.of(comment("10", "old", ALICE), comment("20", "bye", ALICE)));
        SubObjectTraces traces = SubObjectTraces.ofComments(Map.of("c1", "10", "c2", "20"));
        String source = "issue.summary = [replica.addedComments*.remoteId, replica.changedComments*.remoteId, "
                + "replica.removedComments*.remoteId].toString()\n"
                + "issue.comments = replica.comments";
        IncomingResult result = run(source, replica, previous, local, traces);
        assertThat(result.issue().getSummary()).isEqualTo("[[c3], [c1], [c2]]");
        assertThat(result.issue().getComments()).extracting(HubComment::getId, HubComment::getRemoteId, HubComment::getBody)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("10", "c1", "new"), org.assertj.core.groups.Tuple.tuple(null, "c3", "fresh"));
    }

    @Test
    void commentHelperAddsSyncCommentsAndFiltersRestrictedOnes() {
        String source = String.join("\n",
                "def restricted = new io.entwine.api.replica.HubComment(); restricted.body = 'secret'; restricted.roleLevel = 'Developers'",
                "def internal = new io.entwine.api.replica.HubComment(); internal.body = 'note'; internal.internal = true",
                "issue.comments = commentHelper.addComment('Synced from ' + issueUrl, issue.comments)",
                "issue.comments = commentHelper.addComment('local only', false, issue.comments)",
                "issue.summary = commentHelper.filterLocal(issue.comments + [restricted, internal])*.body.join('|')");
        IncomingResult result = run(source, new HubIssue(), new HubIssue(), new HubIssue(), SubObjectTraces.NONE);
        assertThat(result.issue().getComments()).extracting(HubComment::getBody, HubComment::isLocalOnly)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Synced from https://remote/1", false),
                        org.assertj.core.groups.Tuple.tuple("local only", true));
        assertThat(result.issue().getSummary()).isEqualTo("Synced from https://remote/1|local only");
    }

    @Test
    void workLogsMergeByTracesAndAddWorkLogBuildsNewOnes() {
        HubIssue previous = new HubIssue();
        previous.setWorkLogs(List.of(new HubWorkLog("r1", null, 60L, T, "a"), new HubWorkLog("r2", null, 60L, T, "gone")));
        HubIssue replica = new HubIssue();
        replica.setWorkLogs(List.of(new HubWorkLog("r1", null, 120L, T, "a"), new HubWorkLog("r3", ALICE, 30L, T, "new")));
        HubIssue local = new HubIssue();
        local.setWorkLogs(List.of(new HubWorkLog("L1", null, 60L, T, "a"), new HubWorkLog("L2", null, 60L, T, "gone")));
        SubObjectTraces traces = new SubObjectTraces(Map.of(), Map.of(), Map.of("r1", "L1", "r2", "L2"));
        String source = "issue.workLogs = workLogHelper.mergeWorkLogs(issue, replica) { it.comment = '[remote] ' + it.comment }\n"
                + "issue.workLogs = workLogHelper.addWorkLog('2026-11-23T10:00:00Z', '1h 30m', 'review', issue.workLogs)\n"
                + "issue.summary = workLogHelper.filterLocal(issue.workLogs).size()";
        IncomingResult result = run(source, replica, previous, local, traces);
        assertThat(result.issue().getWorkLogs()).extracting(HubWorkLog::getId, HubWorkLog::getRemoteId, HubWorkLog::getTimeSpent, HubWorkLog::getComment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("L1", null, 120L, "[remote] a"),
                        org.assertj.core.groups.Tuple.tuple(null, "r3", 30L, "[remote] new"),
                        org.assertj.core.groups.Tuple.tuple(null, null, 5400L, "review"));
        assertThat(result.issue().getSummary()).isEqualTo("3");
    }
}
