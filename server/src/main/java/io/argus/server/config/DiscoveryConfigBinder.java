package io.argus.server.config;

import io.argus.core.label.LabelNames;
import io.argus.scrape.config.DiscoveryConfig;
import io.argus.scrape.config.FileSdConfig;
import io.argus.scrape.config.HttpSdConfig;
import io.argus.scrape.config.StaticConfig;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Binds the service-discovery sections of a scrape config or an Alertmanager entry
 * ({@code static_configs}, {@code file_sd_configs}, {@code http_sd_configs}) to the scrape
 * module's records, in that order. Mechanisms Prometheus has and Argus does not are refused by name.
 */
final class DiscoveryConfigBinder {

  /** Discovery mechanisms Prometheus has and Argus does not yet. */
  static final String[] UNSUPPORTED = {
    "azure_sd_configs", "consul_sd_configs", "digitalocean_sd_configs", "dns_sd_configs", "docker_sd_configs",
    "dockerswarm_sd_configs", "ec2_sd_configs", "eureka_sd_configs", "gce_sd_configs",
    "hetzner_sd_configs", "ionos_sd_configs", "kubernetes_sd_configs", "kuma_sd_configs",
    "lightsail_sd_configs", "linode_sd_configs", "marathon_sd_configs", "nerve_sd_configs",
    "nomad_sd_configs", "openstack_sd_configs", "ovhcloud_sd_configs", "puppetdb_sd_configs",
    "scaleway_sd_configs", "serverset_sd_configs", "triton_sd_configs", "uyuni_sd_configs",
    "vultr_sd_configs"
  };

  private DiscoveryConfigBinder() {}

  static List<DiscoveryConfig> listFrom(YamlMapping owner) throws ConfigException {
    owner.refuseUnsupported(UNSUPPORTED);
    List<DiscoveryConfig> configs = new ArrayList<>();
    for (YamlMapping yaml : owner.mappings("static_configs", "static_config")) {
      configs.add(staticConfig(yaml));
    }
    for (YamlMapping yaml : owner.mappings("file_sd_configs", "file_sd_config")) {
      List<String> files = new ArrayList<>();
      for (String file : yaml.strings("files")) {
        files.add(ConfigPaths.resolve(yaml, file));
      }
      long refresh = yaml.duration("refresh_interval", FileSdConfig.DEFAULT_REFRESH_INTERVAL_MILLIS);
      yaml.finish();
      configs.add(build(yaml, () -> new FileSdConfig(files, refresh)));
    }
    for (YamlMapping yaml : owner.mappings("http_sd_configs", "http_sd_config")) {
      URI url = URI.create(Urls.require(yaml, "url"));
      long refresh = yaml.duration("refresh_interval", HttpSdConfig.DEFAULT_REFRESH_INTERVAL_MILLIS);
      var http = HttpClientConfigBinder.from(yaml);
      yaml.finish();
      configs.add(build(yaml, () -> new HttpSdConfig(url, refresh, http)));
    }
    return configs;
  }

  private static StaticConfig staticConfig(YamlMapping yaml) throws ConfigException {
    List<String> targets = yaml.strings("targets");
    for (String target : targets) {
      if (target.isEmpty() || target.contains("/")) {
        throw yaml.errorAt("targets", "\"" + target + "\" is not a valid target address (host:port)");
      }
    }
    Map<String, String> labels = yaml.stringMap("labels");
    for (String name : labels.keySet()) {
      if (!LabelNames.isValidLegacyLabelName(name)) {
        throw yaml.errorAt("labels", "\"" + name + "\" is not a valid label name");
      }
    }
    yaml.finish();
    return new StaticConfig(targets, labels);
  }

  /** A record constructor that validates: its refusal becomes a configuration error at {@code yaml}. */
  @FunctionalInterface
  private interface Construction<T> {
    T build();
  }

  private static <T> T build(YamlMapping yaml, Construction<T> construction) throws ConfigException {
    try {
      return construction.build();
    } catch (IllegalArgumentException e) {
      throw yaml.error(e.getMessage());
    }
  }
}
