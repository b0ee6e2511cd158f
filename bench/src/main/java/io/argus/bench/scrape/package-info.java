/**
 * Benchmarks of the scrape module: exposition parsing throughput (samples/s; MB/s follows from the
 * payload sizes printed at setup) for node_exporter-like and histogram-heavy payloads in both text
 * formats. Depends on {@code scrape} only.
 */
package io.argus.bench.scrape;
