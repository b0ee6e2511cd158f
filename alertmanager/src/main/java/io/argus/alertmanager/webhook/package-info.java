/**
 * The webhook receiver integration: {@link io.argus.alertmanager.webhook.WebhookNotifier} POSTs
 * Alertmanager's version 4 JSON payload ({@link io.argus.alertmanager.webhook.WebhookPayload},
 * byte-compatible with Alertmanager's encoder) over {@code java.net.http} on virtual threads.
 * Depends on the notify and config packages.
 */
package io.argus.alertmanager.webhook;
