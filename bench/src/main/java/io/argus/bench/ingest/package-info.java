/**
 * Benchmarks of the ingest module: remote write decoding into a no-op appender, in samples per
 * second, for protocol 1.0 and 2.0 bodies of realistic shape. Depends on {@code ingest} and
 * {@code core} only.
 */
package io.argus.bench.ingest;
