package io.entwine.store.rule;

import java.time.Instant;

/** One published version of a connection's script for one direction; versions count up from 1. */
public record RuleVersion(String connectionId, Direction direction, int version, String script, Instant createdAt,
                          boolean active) {
}
