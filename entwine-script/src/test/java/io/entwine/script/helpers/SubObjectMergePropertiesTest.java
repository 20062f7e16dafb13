package io.entwine.script.helpers;

import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubWorkLog;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random twins: whatever the traces and the previous/received sub-objects, a merge adds each untraced remote
 * sub-object exactly once, drops exactly the local twins of removed ones, and keeps every other local one.
 */
class SubObjectMergePropertiesTest {
    private static final long SEED = Long.getLong("entwine.seed", 0x5EED_5C21L);

    /** One random situation: remote ids r0.., which of them were in previous / are in the replica / are traced. */
    private record Twin(List<String> previous, List<String> replica, Map<String, String> traces, List<String> localOwn) {
        static Twin random(Random random) {
            List<String> previous = new ArrayList<>();
            List<String> replica = new ArrayList<>();
            Map<String, String> traces = new HashMap<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                String id = "r" + i;
                boolean inPrevious = random.nextBoolean();
                boolean inReplica = random.nextInt(3) > 0;
                if (inPrevious) previous.add(id);
                if (inReplica) replica.add(id);
                if ((inPrevious && random.nextInt(4) > 0) || (inReplica && random.nextInt(3) == 0)) traces.put(id, "L" + i);
            }
            List<String> own = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) own.add("own" + i);
            return new Twin(previous, replica, traces, own);
        }

        /** Local ids in order: the twins of traced remote ids, then the local side's own. */
        List<String> localIds() {
            List<String> ids = new ArrayList<>(new LinkedHashSet<>(traces.values()));
            ids.sort(null);
            ids.addAll(localOwn);
            return ids;
        }

        Set<String> expectedLocalIdsKept() {
            Set<String> kept = new LinkedHashSet<>(localIds());
            for (String id : previous) if (traces.containsKey(id) && !replica.contains(id)) kept.remove(traces.get(id));
            return kept;
        }

        List<String> expectedNewRemoteIds() {
            return replica.stream().filter(id -> !traces.containsKey(id)).toList();
        }
    }

    private static void check(String name, Function<Twin, List<String[]>> merge) {
        Random master = new Random(SEED);
        for (int i = 0; i < 300; i++) {
            long seed = master.nextLong();
            Twin twin = Twin.random(new Random(seed));
            List<String[]> merged = merge.apply(twin);  // each: {localId or null, remoteId}
            List<String> keptIds = merged.stream().filter(m -> m[0] != null).map(m -> m[0]).toList();
            List<String> newRemote = merged.stream().filter(m -> m[0] == null).map(m -> m[1]).toList();
            assertThat(keptIds).as(name + " kept, seed " + seed + " " + twin).containsExactlyElementsOf(twin.expectedLocalIdsKept());
            assertThat(newRemote).as(name + " added, seed " + seed + " " + twin).containsExactlyElementsOf(twin.expectedNewRemoteIds());
        }
    }

    @Test
    void attachmentsMergeByTraces() {
        check("attachments", twin -> {
            HubIssue previous = new HubIssue();
            previous.setAttachments(twin.previous().stream().map(id -> new HubAttachment(id, id + ".txt", null, 1L, id)).toList());
            HubIssue replica = new HubIssue();
            replica.setAttachments(twin.replica().stream().map(id -> new HubAttachment(id, id + ".txt", null, 1L, id)).toList());
            HubIssue local = new HubIssue();
            local.setAttachments(twin.localIds().stream().map(id -> new HubAttachment(id, id, null, 1L, id)).toList());
            return new AttachmentHelper(previous, twin.traces(), null).mergeAttachments(local, replica).stream()
                    .map(a -> new String[] {a.getId(), a.getRemoteId()}).toList();
        });
    }

    @Test
    void workLogsMergeByTraces() {
        check("work logs", twin -> {
            HubIssue previous = new HubIssue();
            previous.setWorkLogs(twin.previous().stream().map(id -> new HubWorkLog(id, null, 60L, Instant.EPOCH, id)).toList());
            HubIssue replica = new HubIssue();
            replica.setWorkLogs(twin.replica().stream().map(id -> new HubWorkLog(id, null, 120L, Instant.EPOCH, id)).toList());
            HubIssue local = new HubIssue();
            local.setWorkLogs(twin.localIds().stream().map(id -> new HubWorkLog(id, null, 60L, Instant.EPOCH, id)).toList());
            List<HubWorkLog> merged = new WorkLogHelper(previous, twin.traces(), null).mergeWorkLogs(local, replica);
            for (String remote : twin.replica()) {
                String localId = twin.traces().get(remote);
                if (localId == null) continue;
                assertThat(merged).filteredOn(w -> localId.equals(w.getId()))
                        .allSatisfy(w -> assertThat(w.getTimeSpent()).as("a traced work log takes the remote time").isEqualTo(120L));
            }
            return merged.stream().map(w -> new String[] {w.getId(), w.getRemoteId()}).toList();
        });
    }

    @Test
    void commentsMergeByTraces() {
        check("comments", twin -> {
            HubIssue previous = new HubIssue();
            previous.setComments(twin.previous().stream().map(id -> new HubComment(id, "text " + id, Comments.ALICE, null, null)).toList());
            HubIssue replica = new HubIssue();
            replica.setComments(twin.replica().stream().map(id -> new HubComment(id, "text " + id, Comments.ALICE, null, null)).toList());
            HubIssue local = new HubIssue();
            local.setComments(twin.localIds().stream().map(id -> new HubComment(id, "local " + id, Comments.BOB, null, null)).toList());
            return new CommentHelper(previous, twin.traces()).mergeComments(local, replica).stream()
                    .map(c -> new String[] {c.getId(), c.getRemoteId()}).toList();
        });
    }
}
