package io.entwine.script.helpers;

import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.script.LookupConnector;
import io.entwine.script.RuleEngine;
import io.entwine.script.RuleEngineSettings;
import io.entwine.script.RuleServices;
import io.entwine.script.IncomingInput;
import groovy.lang.Closure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.entwine.script.helpers.Comments.ALICE;
import static io.entwine.script.helpers.Comments.BOB;
import static io.entwine.script.helpers.Comments.SYNC;
import static io.entwine.script.helpers.Comments.comment;
import static io.entwine.script.helpers.Comments.withComments;
import static org.assertj.core.api.Assertions.assertThat;

class CommentHelperTest {

    @Test
    void appendsAddedCommentsWithTheAuthorLine() {
        HubIssue local = withComments(comment("10", "local one", BOB));
        HubIssue replica = withComments(comment("c1", "hello", ALICE));
        List<HubComment> merged = new CommentHelper(new HubIssue(), Map.of()).mergeComments(local, replica);

        assertThat(merged).hasSize(2);
        assertThat(merged.get(0)).isEqualTo(local.getComments().get(0)).isNotSameAs(local.getComments().get(0));
        HubComment added = merged.get(1);
        assertThat(added.getId()).isNull();
        assertThat(added.getRemoteId()).isEqualTo("c1");
        assertThat(added.getAuthor()).isEqualTo(ALICE);
        assertThat(added.getCreated()).isEqualTo(replica.getComments().get(0).getCreated());
        assertThat(added.getBody()).isEqualTo("**Alice Example** commented:\n\nhello");
        assertThat(local.getComments()).hasSize(1);
    }

    @Test
    void editsTheMirrorOfAChangedComment() {
        HubIssue local = withComments(comment("10", "**Alice Example** commented:\n\nhello", SYNC));
        HubIssue previous = withComments(comment("c1", "hello", ALICE));
        HubIssue replica = withComments(comment("c1", "hello world", ALICE));
        List<HubComment> merged = new CommentHelper(previous, Map.of("c1", "10")).mergeComments(local, replica);

        assertThat(merged).singleElement().satisfies(c -> {
            assertThat(c.getId()).isEqualTo("10");
            assertThat(c.getBody()).isEqualTo("**Alice Example** commented:\n\nhello world");
        });
    }

    @Test
    void anEditOfAMirrorFlowsBackToTheOriginalWithoutTheAuthorLine() {
        HubIssue local = withComments(comment("10", "hello", ALICE));
        HubIssue previous = withComments(comment("m1", "**Alice Example** commented:\n\nhello", SYNC));
        HubIssue replica = withComments(comment("m1", "**Alice Example** commented:\n\nhello, fixed typo", SYNC));
        List<HubComment> merged = new CommentHelper(previous, Map.of("m1", "10")).mergeComments(local, replica);

        assertThat(merged).singleElement().satisfies(c -> {
            assertThat(c.getId()).isEqualTo("10");
            assertThat(c.getBody()).isEqualTo("hello, fixed typo");
        });
    }

    @Test
    void theMirrorOfOurOwnCommentArrivingForTheFirstTimeChangesNothing() {
        HubIssue local = withComments(comment("10", "hello", ALICE));
        HubIssue replica = withComments(comment("m1", "**Alice Example** commented:\n\nhello", SYNC));
        List<HubComment> merged = new CommentHelper(new HubIssue(), Map.of("m1", "10")).mergeComments(local, replica);
        assertThat(merged).containsExactlyElementsOf(local.getComments());
    }

    @Test
    void dropsTheLocalCommentOfARemovedOne() {
        HubIssue local = withComments(comment("10", "**Alice Example** commented:\n\nbye", SYNC), comment("11", "mine", BOB));
        HubIssue previous = withComments(comment("c1", "bye", ALICE));
        List<HubComment> merged = new CommentHelper(previous, Map.of("c1", "10")).mergeComments(local, new HubIssue());
        assertThat(merged).extracting(HubComment::getId).containsExactly("11");
    }

    @Test
    void theClosureMayMutateEachAddedOrChangedComment() {
        HubIssue local = withComments(comment("10", "[Alice Example] old", SYNC));
        HubIssue previous = withComments(comment("c1", "old", ALICE));
        HubIssue replica = withComments(comment("c1", "new", ALICE), comment("c2", "fresh", BOB));
        Closure<Object> bracketAuthor = new Closure<Object>(this) {
            public Object doCall(HubComment it) {
                it.setBody("[" + it.getAuthor().displayName() + "] " + it.getBody());
                it.setInternal(true);
                return it.getBody();   // not a comment: the mutated one is kept
            }
        };
        List<HubComment> merged = new CommentHelper(previous, Map.of("c1", "10")).mergeComments(local, replica, bracketAuthor);

        assertThat(merged).extracting(HubComment::getBody).containsExactly("[Alice Example] new", "[Bob Builder] fresh");
        assertThat(merged).allMatch(HubComment::isInternal);
    }

    @Test
    void aCommentReturnedByTheClosureIsUsedInstead() {
        HubIssue replica = withComments(comment("c1", "hi", ALICE));
        Closure<Object> replace = new Closure<Object>(this) {
            public Object doCall(HubComment it) {
                HubComment other = it.copy();
                other.setBody("replaced");
                other.setExecutor(SYNC);
                return other;
            }
        };
        List<HubComment> merged = new CommentHelper(new HubIssue(), Map.of()).mergeComments(new HubIssue(), replica, replace);
        assertThat(merged).singleElement().satisfies(c -> {
            assertThat(c.getBody()).isEqualTo("replaced");
            assertThat(c.getExecutor()).isEqualTo(SYNC);
            assertThat(c.getRemoteId()).isEqualTo("c1");
        });
    }

    @Test
    void aClosureThatLeavesTheBodyAloneKeepsTheDefaultAuthorLine() {
        HubIssue replica = withComments(comment("c1", "hi", ALICE));
        Closure<Object> executorOnly = new Closure<Object>(this) {
            public Object doCall(HubComment it) {
                it.setExecutor(BOB);
                return null;
            }
        };
        List<HubComment> merged = new CommentHelper(new HubIssue(), Map.of()).mergeComments(new HubIssue(), replica, executorOnly);
        assertThat(merged).singleElement().satisfies(c -> {
            assertThat(c.getBody()).isEqualTo("**Alice Example** commented:\n\nhi");
            assertThat(c.getExecutor()).isEqualTo(BOB);
        });
    }

    @Test
    void scriptsMergeWithAGroovyClosureOnTheBoundIssue() {
        try (RuleEngine engine = new RuleEngine(RuleEngineSettings.defaults())) {
            var rule = engine.compile("incoming rules",
                    "issue.comments = commentHelper.mergeComments(issue, replica) { it.body = it.author.displayName + ': ' + it.body }");
            HubIssue local = withComments(comment("10", "Alice Example: old", SYNC), comment("11", "gone soon", SYNC));
            HubIssue previous = withComments(comment("c1", "old", ALICE), comment("c2", "bye", BOB));
            HubIssue replica = withComments(comment("c1", "new", ALICE), comment("c3", "hello", BOB));
            engine.runIncoming(rule, new IncomingInput(replica, previous, local, false, null, Map.of("c1", "10", "c2", "11"),
                    new RuleServices(LookupConnector.jira(), "c", "a", "b", null)));
            assertThat(local.getComments()).extracting(HubComment::getId, HubComment::getBody)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("10", "Alice Example: new"),
                            org.assertj.core.groups.Tuple.tuple(null, "Bob Builder: hello"));
        }
    }
}
