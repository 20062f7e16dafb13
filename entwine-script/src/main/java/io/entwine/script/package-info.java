/**
 * The rule engine: compiles sync rules (Groovy scripts, SCRIPTING.md) once, runs them cheaply with the
 * bindings the contract promises, and reports their failures with the script line. Entry point:
 * {@link io.entwine.script.RuleEngine}; the shipped default rules: {@link io.entwine.script.DefaultRules}.
 */
package io.entwine.script;
