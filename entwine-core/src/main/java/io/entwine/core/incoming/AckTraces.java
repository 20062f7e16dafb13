package io.entwine.core.incoming;

import io.entwine.api.replica.HubComment;
import io.entwine.core.protocol.CommentTrace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which comment traces an acknowledgement carries: the ones this apply made, and also every trace this node already
 * holds for a comment of the replica. An apply that ran before — and was killed after recording a trace but before its
 * acknowledgement was queued — is run again after the restart; it finds the comment already written and makes no
 * new trace, so without the known ones the peer would never learn the pair, would take our copy of its comment for
 * a new comment when our next replica carries it, and mirror it back (an echo duplicate, then a trace conflict that
 * blocks the twin). The peer records traces idempotently, so repeating a pair it knows is harmless.
 */
final class AckTraces {
    private AckTraces() {
    }

    /**
     * @param replicaComments the comments of the replica being applied (ids are the sender's)
     * @param known           the twin's comment traces before this apply, remote (sender's) id to local id
     * @param made            the traces this apply recorded
     */
    static List<CommentTrace> of(List<HubComment> replicaComments, Map<String, String> known, List<CommentTrace> made) {
        Set<CommentTrace> out = new LinkedHashSet<>(made);
        for (HubComment comment : replicaComments == null ? List.<HubComment>of() : replicaComments) {
            String local = comment.getId() == null ? null : known.get(comment.getId());
            if (local != null) out.add(new CommentTrace(comment.getId(), local));
        }
        return new ArrayList<>(out);
    }
}
