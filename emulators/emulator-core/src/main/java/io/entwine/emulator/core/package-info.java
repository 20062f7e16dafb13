/**
 * Parts every tracker emulator shares: the server lifecycle, a journal of the requests it served (so tests
 * can count the writes a sync made and validate traffic against the official API descriptions), and
 * webhook delivery with loss injection. Emulators are product code: the offline demo, the tests and the
 * benchmarks run on them.
 */
package io.entwine.emulator.core;
