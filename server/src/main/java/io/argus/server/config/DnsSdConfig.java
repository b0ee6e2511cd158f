package io.argus.server.config;

import java.util.ArrayList;
import java.util.List;

/** A {@code dns_sd_configs} entry: names resolved by SRV, A, AAAA or MX lookups. */
public record DnsSdConfig(List<String> names, long refreshIntervalMillis, String type, int port) {

  static final long DEFAULT_REFRESH_INTERVAL_MILLIS = 30_000;

  public DnsSdConfig {
    names = List.copyOf(names);
  }

  static List<DnsSdConfig> listFrom(YamlMapping owner) throws ConfigException {
    List<DnsSdConfig> configs = new ArrayList<>();
    for (YamlMapping yaml : owner.mappings("dns_sd_configs", "dns_sd_config")) {
      List<String> names = yaml.strings("names");
      if (names.isEmpty()) {
        throw yaml.error("DNS-SD config must contain at least one SRV record name");
      }
      String type = yaml.string("type", "SRV").toUpperCase(java.util.Locale.ROOT);
      long port = yaml.longValue("port", 0);
      switch (type) {
        case "SRV" -> {
          if (port != 0) {
            throw yaml.errorAt("port", "a port must not be set for SRV queries");
          }
        }
        case "A", "AAAA", "MX", "NS" -> {
          if (port == 0) {
            throw yaml.error("a port is required in DNS-SD configs for all record types except SRV");
          }
        }
        default -> throw yaml.errorAt("type", "invalid DNS-SD records type " + type);
      }
      configs.add(new DnsSdConfig(names, yaml.duration("refresh_interval", DEFAULT_REFRESH_INTERVAL_MILLIS), type, (int) port));
      yaml.finish();
    }
    return configs;
  }
}
