package io.entwine.server.scripts;

import io.entwine.api.errors.SyncException;

/** A dry run found a problem in the script (it does not compile, or its run failed); {@link #problem()} says what. */
public final class ScriptProblemException extends SyncException {
    private final transient ScriptProblem problem;

    public ScriptProblemException(ScriptProblem problem, Throwable cause) {
        super(problem.message(), cause);
        this.problem = problem;
    }

    public ScriptProblem problem() {
        return problem;
    }
}
