package io.argus.alertmanager.config;

/**
 * A {@code webhook_configs:} entry. Exactly one of {@code url} and {@code urlFile} is non-empty;
 * {@code maxAlerts} of 0 means no limit.
 */
public record WebhookConfig(
    boolean sendResolved, String url, String urlFile, HttpClientConfig httpConfig, int maxAlerts) {

  public WebhookConfig {
    if (maxAlerts < 0) {
      throw new IllegalArgumentException("max_alerts must not be negative, got " + maxAlerts);
    }
  }
}
