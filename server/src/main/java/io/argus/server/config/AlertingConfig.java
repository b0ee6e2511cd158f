package io.argus.server.config;

import io.argus.scrape.config.DiscoveryConfig;
import io.argus.scrape.config.HttpClientConfig;
import io.argus.scrape.config.RelabelConfig;
import java.util.ArrayList;
import java.util.List;

/** The {@code alerting} section: where alerts go, and how they are relabeled on the way. */
public record AlertingConfig(List<RelabelConfig> alertRelabelConfigs, List<AlertmanagerConfig> alertmanagers) {

  public static final AlertingConfig NONE = new AlertingConfig(List.of(), List.of());

  public AlertingConfig {
    alertRelabelConfigs = List.copyOf(alertRelabelConfigs);
    alertmanagers = List.copyOf(alertmanagers);
  }

  /** One {@code alertmanagers} entry. */
  public record AlertmanagerConfig(
      String scheme,
      String pathPrefix,
      long timeoutMillis,
      String apiVersion,
      HttpClientConfig http,
      List<DiscoveryConfig> discoveryConfigs,
      List<RelabelConfig> relabelConfigs,
      List<RelabelConfig> alertRelabelConfigs) {}

  static AlertingConfig from(YamlMapping yaml) throws ConfigException {
    List<RelabelConfig> relabel = RelabelConfigBinder.listFrom(yaml, "alert_relabel_configs");
    List<AlertmanagerConfig> alertmanagers = new ArrayList<>();
    for (YamlMapping am : yaml.mappings("alertmanagers", "alertmanager_config")) {
      String scheme = am.string("scheme", "http");
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw am.errorAt("scheme", "URL scheme must be 'http' or 'https', got \"" + scheme + "\"");
      }
      String apiVersion = am.string("api_version", "v2");
      if (!apiVersion.equals("v2")) {
        throw am.errorAt("api_version", "expected Alertmanager api version to be one of [v2] but got " + apiVersion);
      }
      alertmanagers.add(new AlertmanagerConfig(scheme, am.string("path_prefix", "/"),
          am.duration("timeout", 10_000), apiVersion, HttpClientConfigBinder.from(am),
          DiscoveryConfigBinder.listFrom(am),
          RelabelConfigBinder.listFrom(am, "relabel_configs"),
          RelabelConfigBinder.listFrom(am, "alert_relabel_configs")));
      am.finish();
    }
    yaml.finish();
    return new AlertingConfig(relabel, alertmanagers);
  }
}
