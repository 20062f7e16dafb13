package io.entwine.script;

import io.entwine.script.internal.RuleClass;

/**
 * A rule ready to run: the name errors refer to it by and its compiled class. Immutable and thread-safe;
 * any number of runs may use it at once (each run gets its own script instance). Rules compiled from the
 * same text share one class, whatever their names.
 */
public final class CompiledRule {
    private final String scriptName;
    private final RuleClass ruleClass;

    CompiledRule(String scriptName, RuleClass ruleClass) {
        this.scriptName = scriptName;
        this.ruleClass = ruleClass;
    }

    /** The name errors use, e.g. {@code "outgoing rules"}. */
    public String scriptName() {
        return scriptName;
    }

    /** sha256 of the script text (hex): identifies the version of the rule. */
    public String sourceHash() {
        return ruleClass.sourceHash();
    }

    RuleClass ruleClass() {
        return ruleClass;
    }

    @Override
    public String toString() {
        return "CompiledRule[" + scriptName + ", " + sourceHash().substring(0, 12) + "]";
    }
}
