/**
 * Argus's own metrics, through the official Prometheus Java client: JVM and process metrics,
 * {@code argus_build_info}, HTTP request counts and durations by handler, and configuration reload
 * state. {@link io.argus.server.metrics.SelfMetrics} owns one registry per server instance (never
 * the client's global default), so several servers in one JVM, as in tests, do not collide.
 */
package io.argus.server.metrics;
