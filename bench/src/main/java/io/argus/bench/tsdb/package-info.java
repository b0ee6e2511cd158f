/**
 * Benchmarks of the tsdb module: JMH classes for chunk decoding and head appends, and command-line
 * loads ({@link io.argus.bench.tsdb.HeadLoad}) for append throughput at a million series, memory per
 * series and write-ahead log replay. Results and commands go to docs/benchmarks.md.
 */
package io.argus.bench.tsdb;
