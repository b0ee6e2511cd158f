/**
 * The storage engine's entry: {@link io.argus.tsdb.Tsdb} opens a data directory, loads its blocks,
 * replays the write-ahead log into the head and serves {@link io.argus.core.storage.Appendable} and
 * {@link io.argus.core.storage.Queryable} over blocks and head; it persists truncated head chunks as
 * blocks, compacts them and applies retention. {@link io.argus.tsdb.TsdbOptions} configures it and
 * {@link io.argus.tsdb.TsdbMetrics} reports its self-metrics. Sub-packages hold the concepts:
 * {@code chunk}, {@code index}, {@code head}, {@code wal}, {@code block}, {@code query}. Knows
 * nothing of PromQL or HTTP.
 */
package io.argus.tsdb;
