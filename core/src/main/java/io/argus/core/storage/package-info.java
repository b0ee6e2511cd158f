/**
 * The seam between producers of samples, the storage engine and readers, after Prometheus'
 * {@code storage} package. Everything that writes (scrapes, remote write, recording rules) gets an
 * {@link io.argus.core.storage.Appender} from an {@link io.argus.core.storage.Appendable}; everything
 * that reads (PromQL, the HTTP API, federation) opens a {@link io.argus.core.storage.Querier} from a
 * {@link io.argus.core.storage.Queryable}. Implementations: the local TSDB, later a fan-out and a
 * sharding one for scale-out. Times are epoch milliseconds in a {@code long}, bounds inclusive.
 * Nothing here knows about tenants, HTTP or PromQL.
 */
package io.argus.core.storage;
