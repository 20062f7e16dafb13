/**
 * How untrusted rule scripts are compiled and confined: {@link io.entwine.script.sandbox.CompilerSetup}
 * holds the whole compile pipeline (annotation ban, import lint, Grape off, interruption checks).
 * Everything that restricts what a script may do belongs here.
 */
package io.entwine.script.sandbox;
