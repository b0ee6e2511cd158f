/**
 * JMH benchmarks of the PromQL engine over an in-memory {@link io.argus.core.storage.Queryable}:
 * typical dashboard queries (rate summed by a label, histogram_quantile, avg_over_time) as instant
 * and range queries. Depends on {@code promql} and {@code core} only.
 */
package io.argus.bench.promql;
