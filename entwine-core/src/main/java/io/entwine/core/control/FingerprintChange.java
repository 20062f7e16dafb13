package io.entwine.core.control;

/** One part of the node's fingerprint that differs from the recorded one: which part, what was recorded, what it is now. */
public record FingerprintChange(String part, String recorded, String current) {

    @Override
    public String toString() {
        return part + " was '" + recorded + "', is now '" + current + "'";
    }
}
