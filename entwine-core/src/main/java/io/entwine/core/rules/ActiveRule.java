package io.entwine.core.rules;

import io.entwine.script.CompiledRule;

/** A compiled rule script and the version of the connection's rules it came from. */
public record ActiveRule(String connectionId, String direction, int version, CompiledRule compiled) {
}
