/**
 * Benchmarks on the demo topology over loopback HTTP: initial sync throughput, change-to-remote latency
 * and tracker API calls per update. They print their numbers; nothing here is a test.
 */
package io.entwine.bench;
