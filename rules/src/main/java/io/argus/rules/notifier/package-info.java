/**
 * Sends alerts to Alertmanagers over API v2 ({@code POST /api/v2/alerts}), as Prometheus' {@code
 * notifier} package: a bounded queue that drops the oldest alerts when full, batches of at most
 * {@code maxBatchSize}, every batch to every Alertmanager, external labels added, and a relabel
 * hook where {@code alert_relabel_configs} plug in. {@link io.argus.rules.notifier.Notifier} is the
 * entry point; {@link io.argus.rules.notifier.Notifier#notifyFunction} connects it to rule groups.
 * Uses only the JDK's HTTP client.
 */
package io.argus.rules.notifier;
