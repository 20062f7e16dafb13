/** The {@code entwine} command line (picocli): demo, node, emulator, and admin commands over a node's REST API. */
package io.entwine.server.cli;
