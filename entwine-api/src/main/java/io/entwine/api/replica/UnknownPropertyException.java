package io.entwine.api.replica;

/**
 * A rule read a property of the local entity that is neither a standard field, a raw tracker field nor a
 * custom field of that entity: almost always a typo ({@code issue.sumary}). Thrown only by an entity in strict
 * mode ({@link HubIssue#setStrict(boolean)}); the rule engine reports it with the script line.
 */
public class UnknownPropertyException extends RuntimeException {
    private final String property;

    public UnknownPropertyException(String property) {
        super("no such property '" + property + "' on the local issue (not a standard field, a raw field or a custom "
                + "field of this entity)");
        this.property = property;
    }

    /** The name the rule asked for. */
    public String property() {
        return property;
    }
}
