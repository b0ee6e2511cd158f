package io.argus.alertmanager.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code receivers:} entries. Integrations that Argus cannot deliver yet are refused with an
 * error naming them, rather than accepted and silently dropped.
 */
final class ReceiverConfigReader {

  /** Alertmanager 0.25's integration lists that Argus does not deliver yet. */
  private static final Set<String> UNSUPPORTED_INTEGRATIONS = Set.of("pagerduty_configs", "slack_configs", "opsgenie_configs", "wechat_configs",
      "pushover_configs", "victorops_configs", "sns_configs", "telegram_configs",
      "webex_configs", "discord_configs", "msteams_configs");

  private static final Set<String> WEBHOOK_KEYS =
      Set.of("send_resolved", "http_config", "url", "url_file", "max_alerts");

  private ReceiverConfigReader() {}

  static ReceiverConfig read(YamlNode node, GlobalConfig global) {
    YamlNode.Mapping receiver = node.mapping("a receiver");
    String name = receiver.string("name", "");
    if (name.isEmpty()) {
      throw node.error("missing name in receiver");
    }
    for (String key : UNSUPPORTED_INTEGRATIONS) {
      YamlNode value = receiver.get(key);
      if (value != null) {
        throw value.error("receiver \"" + name + "\": " + key
            + " is not supported by Argus yet (supported: webhook_configs, email_configs)");
      }
    }
    List<WebhookConfig> webhooks = new ArrayList<>();
    YamlNode webhookList = receiver.get("webhook_configs");
    if (webhookList != null) {
      for (YamlNode item : webhookList.list("webhook_configs")) {
        webhooks.add(readWebhook(item, global));
      }
    }
    List<EmailConfig> emails = new ArrayList<>();
    YamlNode emailList = receiver.get("email_configs");
    if (emailList != null) {
      for (YamlNode item : emailList.list("email_configs")) {
        emails.add(EmailConfigReader.read(item, global));
      }
    }
    Set<String> known = new TreeSet<>(UNSUPPORTED_INTEGRATIONS);
    known.addAll(List.of("name", "webhook_configs", "email_configs"));
    receiver.finish(known);
    return new ReceiverConfig(name, webhooks, emails, node.position());
  }

  private static WebhookConfig readWebhook(YamlNode node, GlobalConfig global) {
    YamlNode.Mapping webhook = node.mapping("a webhook config");
    boolean sendResolved = webhook.bool("send_resolved", true);
    YamlNode httpNode = webhook.get("http_config");
    HttpClientConfig http =
        httpNode == null ? global.httpConfig() : GlobalConfigReader.readHttp(httpNode);
    YamlNode urlNode = webhook.get("url");
    String url = webhook.string("url", "");
    String urlFile = webhook.string("url_file", "");
    YamlNode maxAlertsNode = webhook.get("max_alerts");
    int maxAlerts = maxAlertsNode == null ? 0 : maxAlertsNode.integer("max_alerts");
    webhook.finish(WEBHOOK_KEYS);
    if (url.isEmpty() && urlFile.isEmpty()) {
      throw node.error("one of url or url_file must be configured");
    }
    if (!url.isEmpty() && !urlFile.isEmpty()) {
      throw node.error("at most one of url & url_file must be configured");
    }
    if (!url.isEmpty()) {
      checkUrl(urlNode, url);
    }
    if (maxAlerts < 0) {
      throw maxAlertsNode.error("max_alerts must not be negative, found " + maxAlerts);
    }
    return new WebhookConfig(sendResolved, url, urlFile, http, maxAlerts);
  }

  private static void checkUrl(YamlNode node, String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
        throw node.error("unsupported scheme \"" + scheme + "\" for URL, expected http or https");
      }
      if (uri.getHost() == null) {
        throw node.error("URL \"" + url + "\" has no host");
      }
    } catch (URISyntaxException e) {
      throw node.error("invalid URL \"" + url + "\": " + e.getReason());
    }
  }
}
