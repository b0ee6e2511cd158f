package io.argus.alertmanager.config;

import java.util.List;

/** A named receiver and its integrations. */
public record ReceiverConfig(String name, List<WebhookConfig> webhookConfigs, ConfigPosition position) {

  public ReceiverConfig {
    webhookConfigs = List.copyOf(webhookConfigs);
  }

  /** The number of integrations; a receiver without any swallows notifications, as in Alertmanager. */
  public int integrationCount() {
    return webhookConfigs.size();
  }
}
