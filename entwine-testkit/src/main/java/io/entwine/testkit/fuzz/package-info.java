/**
 * Seeded fuzzing without a fuzzing engine: {@link io.entwine.testkit.fuzz.JsonMutator} derives malformed and
 * odd-shaped inputs from valid examples (byte edits and JSON-structure edits), {@link io.entwine.testkit.fuzz.FuzzRun}
 * feeds them to a property with a time bound per input and reports executions, executions per second and findings.
 * Runs are reproducible from their seed. Off by default beyond a small smoke run: {@code -Dentwine.fuzz=true}
 * turns the full runs on, {@code -Dentwine.fuzz.execs=N} sets their size, {@code -Dentwine.fuzz.seed=S} the seed.
 */
package io.entwine.testkit.fuzz;
