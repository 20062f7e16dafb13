/**
 * Engine internals, not API: the compile cache and its class unloading, the compiler, the watchdog, the
 * local-entity view scripts see as {@code issue}, and the translation of script failures into errors.
 */
package io.entwine.script.internal;
