/**
 * Benchmarks of the alertmanager module: ingesting and grouping alerts, flushing aggregation
 * groups through the notification pipeline, routing, and listing alerts for the API, at the
 * issue's load of 10,000 firing alerts in 1,000 groups.
 */
package io.argus.bench.alertmanager;
