package io.entwine.emulator.jira;

import java.time.Instant;

/**
 * A file attached to an issue, with its bytes (the emulator keeps them in memory: its files are test-sized) and the
 * one-time token of its download redirect. Immutable; listed on its issue under the site's monitor.
 */
record JiraAttachment(String id, String issueId, String filename, String mimeType, Instant created,
                      String authorAccountId, byte[] content, String mediaToken) {

    long size() {
        return content.length;
    }
}
