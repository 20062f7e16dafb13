/**
 * Network faults between two nodes: {@link io.entwine.testkit.faults.FaultProxy}, a real loopback HTTP proxy a
 * node's public URL points at, which passes, drops, answers-then-loses, duplicates, delays, reorders or resets
 * each node-to-node message as a {@link io.entwine.testkit.faults.FaultSchedule} (seeded random, or scripted)
 * decides. Everything else (tracker webhooks) passes untouched.
 */
package io.entwine.testkit.faults;
