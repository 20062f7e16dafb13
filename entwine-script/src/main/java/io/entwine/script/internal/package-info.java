/**
 * Engine internals, not API: the compile cache and its class unloading, the compiler, the watchdog, the
 * variables of a run, the remote sub-objects of an incoming run (delta views and their adoption),
 * {@code store(issue)}, and the translation of script failures into errors.
 */
package io.entwine.script.internal;
