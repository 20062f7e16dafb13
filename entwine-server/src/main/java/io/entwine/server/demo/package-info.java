/**
 * The offline demo: an emulated Jira Cloud and an emulated GitHub, a node for each, connected two-way
 * with the default rules, seeded with a few issues. Everything runs on loopback in one process; the
 * nodes still talk to each other and to the emulators over real HTTP.
 */
package io.entwine.server.demo;
