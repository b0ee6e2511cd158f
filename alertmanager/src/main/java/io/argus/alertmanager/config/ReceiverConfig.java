package io.argus.alertmanager.config;

import java.util.List;

/** A named receiver and its integrations. */
public record ReceiverConfig(
    String name, List<WebhookConfig> webhookConfigs, List<EmailConfig> emailConfigs, ConfigPosition position) {

  public ReceiverConfig {
    webhookConfigs = List.copyOf(webhookConfigs);
    emailConfigs = List.copyOf(emailConfigs);
  }

  /** The number of integrations; a receiver without any swallows notifications, as in Alertmanager. */
  public int integrationCount() {
    return webhookConfigs.size() + emailConfigs.size();
  }
}
