/**
 * How untrusted rule scripts are compiled and confined. {@link io.entwine.script.sandbox.CompilerSetup}
 * holds the whole compile pipeline (annotation ban, import lint, Grape off, sandbox rewrite, interruption
 * checks); {@link io.entwine.script.sandbox.AllowListInterceptor} checks every call, property access,
 * constructor and cast of a running rule against {@code AllowList}; {@link io.entwine.script.sandbox.VendorNames}
 * and {@link io.entwine.script.sandbox.VendorNameResolver} map the class names of scripts written for Exalate to
 * Entwine's classes at compile time. Everything that restricts what a
 * script may do belongs here.
 */
package io.entwine.script.sandbox;
