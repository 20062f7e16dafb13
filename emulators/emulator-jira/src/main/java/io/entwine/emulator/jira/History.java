package io.entwine.emulator.jira;

import java.time.Instant;
import java.util.List;

/** One changelog entry of an issue: who changed which fields when. */
record History(String id, String authorAccountId, Instant created, List<ChangeItem> items) {
    History {
        items = List.copyOf(items);
    }
}
