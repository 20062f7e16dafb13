package io.entwine.script.helpers;

import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.entwine.script.helpers.Comments.ALICE;
import static io.entwine.script.helpers.Comments.BOB;
import static io.entwine.script.helpers.Comments.SYNC;
import static io.entwine.script.helpers.Comments.comment;
import static io.entwine.script.helpers.Comments.withComments;
import static org.assertj.core.api.Assertions.assertThat;

class CommentDeltasTest {

    @Test
    void everyUntracedCommentIsAddedOnFirstSync() {
        HubIssue replica = withComments(comment("c1", "one", ALICE), comment("c2", "two", BOB));
        CommentDeltas d = CommentDeltas.compute(replica, new HubIssue(), Map.of());
        assertThat(d.added()).extracting(HubComment::getId).containsExactly("c1", "c2");
        assertThat(d.changed()).isEmpty();
        assertThat(d.removed()).isEmpty();
    }

    @Test
    void aTracedCommentIsChangedWhenItsBodyDiffersFromPrevious() {
        HubIssue previous = withComments(comment("c1", "one", ALICE), comment("c2", "two", BOB));
        HubIssue replica = withComments(comment("c1", "one, edited", ALICE), comment("c2", "two", BOB), comment("c3", "new", BOB));
        CommentDeltas d = CommentDeltas.compute(replica, previous, Map.of("c1", "10", "c2", "11"));
        assertThat(d.added()).extracting(HubComment::getId).containsExactly("c3");
        assertThat(d.changed()).extracting(HubComment::getId).containsExactly("c1");
        assertThat(d.removed()).isEmpty();
    }

    @Test
    void aTracedCommentMissingFromTheReplicaIsRemoved() {
        HubIssue previous = withComments(comment("c1", "one", ALICE), comment("c2", "two", BOB), comment("c9", "untraced", BOB));
        HubIssue replica = withComments(comment("c2", "two", BOB));
        CommentDeltas d = CommentDeltas.compute(replica, previous, Map.of("c1", "10", "c2", "11"));
        assertThat(d.removed()).extracting(HubComment::getId).containsExactly("c1");
        assertThat(d.added()).isEmpty();
        assertThat(d.changed()).isEmpty();
        assertThat(d.isEmpty()).isFalse();
    }

    @Test
    void aTracedCommentAbsentFromPreviousIsComparedWithTheLocalComment() {
        HubIssue replica = withComments(
                comment("m1", "**Alice Example** commented:\n\nhello", SYNC),   // our original, mirrored there
                comment("m2", "**Alice Example** commented:\n\nedited there", SYNC),
                comment("c3", "same", BOB),
                comment("c4", "differs", BOB));
        List<HubComment> local = List.of(
                comment("10", "hello", ALICE),
                comment("11", "hello", ALICE),
                comment("12", "**Bob Builder** commented:\n\nsame", SYNC),
                comment("13", "**Bob Builder** commented:\n\nold", SYNC));
        Map<String, String> traces = Map.of("m1", "10", "m2", "11", "c3", "12", "c4", "13");

        CommentDeltas d = CommentDeltas.compute(replica, new HubIssue(), traces, local);
        assertThat(d.changed()).extracting(HubComment::getId).containsExactly("m2", "c4");

        CommentDeltas unknownLocal = CommentDeltas.compute(replica, new HubIssue(), traces);
        assertThat(unknownLocal.changed()).extracting(HubComment::getId).containsExactly("m1", "m2", "c3", "c4");
    }

    @Test
    void commentsWithoutIdAreIgnored() {
        CommentDeltas d = CommentDeltas.compute(withComments(comment(null, "x", BOB)), new HubIssue(), Map.of());
        assertThat(d.isEmpty()).isTrue();
    }
}
