package io.entwine.script.helpers;

import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubWorkLog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Argument checks shared by the helpers, with messages naming the helper call. */
final class Entities {
    private Entities() {
    }

    static HubIssue issue(Object issue, String call) {
        if (issue instanceof HubIssue h) return h;
        throw new IllegalArgumentException(call + " needs the issue as first argument, got "
                + (issue == null ? "null" : issue.getClass().getSimpleName()));
    }

    /** A new list of the comments in {@code items} (null gives an empty list); other elements are refused. */
    static List<HubComment> comments(Collection<?> items) {
        return list(items, HubComment.class, "comment");
    }

    static List<HubAttachment> attachments(Collection<?> items) {
        return list(items, HubAttachment.class, "attachment");
    }

    static List<HubWorkLog> workLogs(Collection<?> items) {
        return list(items, HubWorkLog.class, "work log");
    }

    private static <T> List<T> list(Collection<?> items, Class<T> type, String what) {
        List<T> out = new ArrayList<>();
        if (items == null) return out;
        for (Object o : items) {
            if (o == null) continue;
            if (!type.isInstance(o)) throw new IllegalArgumentException("expected a list of " + what + "s, got a " + o.getClass().getSimpleName());
            out.add(type.cast(o));
        }
        return out;
    }
}
