/**
 * The storage engine's entry: {@link io.argus.tsdb.Tsdb} opens a data directory, replays the
 * write-ahead log into the head and serves {@link io.argus.core.storage.Appendable} and
 * {@link io.argus.core.storage.Queryable}; {@link io.argus.tsdb.TsdbOptions} configures it and
 * {@link io.argus.tsdb.TsdbMetrics} reports its self-metrics. Sub-packages hold the concepts:
 * {@code chunk}, {@code index}, {@code head}, {@code wal}. Knows nothing of PromQL or HTTP.
 */
package io.argus.tsdb;
