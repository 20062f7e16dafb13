package io.entwine.script.helpers;

import groovy.lang.Closure;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubWorkLog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code workLogHelper}: merges the other side's work logs into the local ones by their traces, and builds work
 * log lists. One per run.
 */
public class WorkLogHelper {
    private final HubIssue previous;
    private final Map<String, String> remoteToLocal;
    private final HubIssue received;

    /** @param received the run's received replica, whose delta views are used when a script merges that one */
    public WorkLogHelper(HubIssue previous, Map<String, String> remoteToLocal, HubIssue received) {
        this.previous = previous == null ? new HubIssue() : previous;
        this.remoteToLocal = remoteToLocal == null ? Map.of() : remoteToLocal;
        this.received = received;
    }

    public List<HubWorkLog> mergeWorkLogs(Object issue, HubIssue replica) {
        return mergeWorkLogs(issue, replica, null);
    }

    /**
     * A new list: copies of the issue's work logs, where each added replica work log is appended as a new one (id
     * null, {@code remoteId} set), each changed one updates the local work log it is traced to (time spent, start,
     * comment), and each removed one is dropped. The closure, when given, receives each added or changed work log
     * (a copy) before it is applied and may change it or return another one.
     */
    public List<HubWorkLog> mergeWorkLogs(Object issue, HubIssue replica, Closure<?> closure) {
        HubIssue local = Entities.issue(issue, "mergeWorkLogs");
        Objects.requireNonNull(replica, "mergeWorkLogs needs the replica");
        SubObjectDeltas<HubWorkLog> d = replica == received
                ? new SubObjectDeltas<>(replica.getAddedWorkLogs(), replica.getChangedWorkLogs(), replica.getRemovedWorkLogs())
                : SubObjectDeltas.compute(replica.getWorkLogs(), previous.getWorkLogs(), remoteToLocal, local.getWorkLogs(),
                        HubWorkLog::getId, WorkLogHelper::sameContent);
        List<HubWorkLog> result = new ArrayList<>();
        for (HubWorkLog w : local.getWorkLogs()) result.add(w.copy());
        for (HubWorkLog gone : d.removed()) {
            String localId = remoteToLocal.get(remoteIdOf(gone));
            if (localId != null) result.removeIf(w -> localId.equals(w.getId()));
        }
        for (HubWorkLog remote : d.changed()) {
            String localId = remoteToLocal.get(remoteIdOf(remote));
            for (HubWorkLog mine : result) {
                if (localId == null || !localId.equals(mine.getId())) continue;
                HubWorkLog shaped = shape(remote, closure);
                mine.setTimeSpent(shaped.getTimeSpent());
                mine.setStartDate(shaped.getStartDate());
                mine.setComment(shaped.getComment());
                mine.setUpdated(shaped.getUpdated());
            }
        }
        for (HubWorkLog remote : d.added()) {
            HubWorkLog mirror = shape(remote, closure);
            mirror.setRemoteId(remoteIdOf(remote));
            mirror.setId(null);
            result.add(mirror);
        }
        return result;
    }

    /** {@code workLogs} plus a new work log of {@code timeSpent} (seconds or {@code "1h 30m"}) from {@code startDate}. */
    public List<HubWorkLog> addWorkLog(Object startDate, Object timeSpent, Object comment, Collection<?> workLogs) {
        List<HubWorkLog> result = Entities.workLogs(workLogs);
        HubWorkLog w = new HubWorkLog();
        w.setStartDate(startDate);
        w.setTimeSpent(timeSpent);
        w.setComment(comment);
        result.add(w);
        return result;
    }

    /**
     * The work logs visible to everyone. The replica carries no visibility for work logs, so this is every work log
     * of the list (a new list); it exists so that scripts written for Exalate run unchanged.
     */
    public List<HubWorkLog> filterLocal(Collection<?> workLogs) {
        return Entities.workLogs(workLogs);
    }

    /** Two versions of one work log carry the same content: time spent, start and comment. */
    public static boolean sameContent(HubWorkLog a, HubWorkLog b) {
        return Objects.equals(a.getTimeSpent(), b.getTimeSpent()) && Objects.equals(a.getStartDate(), b.getStartDate())
                && Objects.equals(a.getComment(), b.getComment());
    }

    private static HubWorkLog shape(HubWorkLog remote, Closure<?> closure) {
        HubWorkLog candidate = remote.copy();
        if (closure == null) return candidate;
        Object returned = closure.call(candidate);
        return returned instanceof HubWorkLog w ? w : candidate;
    }

    private static String remoteIdOf(HubWorkLog w) {
        return w.getId() != null ? w.getId() : w.getRemoteId();
    }
}
