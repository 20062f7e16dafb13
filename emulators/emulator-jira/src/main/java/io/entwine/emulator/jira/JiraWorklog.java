package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** One work log entry of an issue. Immutable here: the API selection has no work log edit. */
record JiraWorklog(String id, String authorAccountId, JsonNode comment, Instant created, Instant started, long timeSpentSeconds) {
}
