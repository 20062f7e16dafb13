package io.entwine.script.errors;

/** The script text is not valid Groovy, or uses something rules may not (an annotation, a forbidden import). */
public class RuleCompileException extends RuleException {
    public RuleCompileException(String scriptName, Integer line, String detail, Throwable cause) {
        super(scriptName, line, detail, cause);
    }
}
