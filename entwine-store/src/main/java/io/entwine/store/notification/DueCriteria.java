package io.entwine.store.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * Which open errors are due in a digest. An OPEN error with an id up to {@code upToErrorId} is due when
 * <ul>
 *   <li>admins were never told about it, unless it is INSTANCE level: the engine retries those by itself, so
 *       they are due only once they persist;</li>
 *   <li>or it was first seen at {@code persistingSince} or earlier (it persists) and admins were never told that it
 *       persists, or were last told at {@code remindSince} or earlier.</li>
 * </ul>
 * {@code upToErrorId} fixes the set across the queries of one digest: errors recorded meanwhile wait for the next.
 * (A transaction that took a lower id but commits between a digest's queries and its marking has its error marked
 * unseen; since it is not marked as reported persisting, it is reported once it persists.)
 */
public record DueCriteria(long upToErrorId, Instant persistingSince, Instant remindSince) {
    public DueCriteria {
        Objects.requireNonNull(persistingSince, "persistingSince");
        Objects.requireNonNull(remindSince, "remindSince");
    }
}
