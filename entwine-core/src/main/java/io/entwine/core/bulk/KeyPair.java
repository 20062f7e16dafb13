package io.entwine.core.bulk;

/** An existing local entity and the existing peer entity to link with it (bulk connect). */
public record KeyPair(String local, String remote) {
}
