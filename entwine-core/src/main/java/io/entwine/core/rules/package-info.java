/** The active, compiled rules of each connection side, with versions; publishing checks a script compiles first. */
package io.entwine.core.rules;
