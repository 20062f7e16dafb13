package io.entwine.core.incoming;

import io.entwine.api.replica.HubComment;
import io.entwine.core.protocol.CommentTrace;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AckTracesTest {
    private static HubComment comment(String senderId) {
        return new HubComment(senderId, "text of " + senderId, null, null, null);
    }

    @Test
    void anApplyRunAgainAfterAKillStillAcknowledgesTheCommentItWroteBeforeTheKill() {
        // the killed run wrote local comment 10003 for the sender's 3518400002 and recorded the trace, then died
        // before queueing its ack; the run after the restart writes nothing new
        List<CommentTrace> traces = AckTraces.of(List.of(comment("3518400002")), Map.of("3518400002", "10003"), List.of());

        assertThat(traces).containsExactly(new CommentTrace("3518400002", "10003"));
    }

    @Test
    void carriesTheTracesTheApplyMadeAndEachPairOnce() {
        List<CommentTrace> traces = AckTraces.of(List.of(comment("a"), comment("b"), comment("c")), Map.of("a", "1"),
                List.of(new CommentTrace("b", "2"), new CommentTrace("a", "1")));

        assertThat(traces).containsExactly(new CommentTrace("b", "2"), new CommentTrace("a", "1"));
    }

    @Test
    void leavesOutTracesOfCommentsTheReplicaNoLongerHolds() {
        List<CommentTrace> traces = AckTraces.of(List.of(comment("a")), Map.of("a", "1", "gone", "9"), List.of());

        assertThat(traces).containsExactly(new CommentTrace("a", "1"));
        assertThat(AckTraces.of(null, Map.of("a", "1"), List.of())).isEmpty();
    }
}
