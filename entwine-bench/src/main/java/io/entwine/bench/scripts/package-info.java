/**
 * JMH benchmarks of the rule engine: how long a rule takes to compile, and how many sandboxed runs of the
 * default rules a node manages per second on realistic issues. Run with {@code bin/entwine bench scripts}
 * (any JMH option after it, e.g. {@code -f 1 -wi 3 -i 5}); nothing here is a test.
 */
package io.entwine.bench.scripts;
