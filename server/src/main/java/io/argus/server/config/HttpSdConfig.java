package io.argus.server.config;

import java.util.ArrayList;
import java.util.List;

/** An {@code http_sd_configs} entry: a URL that returns target groups as JSON. */
public record HttpSdConfig(String url, long refreshIntervalMillis, HttpClientConfig http) {

  static final long DEFAULT_REFRESH_INTERVAL_MILLIS = 60_000;

  static List<HttpSdConfig> listFrom(YamlMapping owner) throws ConfigException {
    List<HttpSdConfig> configs = new ArrayList<>();
    for (YamlMapping yaml : owner.mappings("http_sd_configs", "http_sd_config")) {
      String url = Urls.require(yaml, "url");
      configs.add(new HttpSdConfig(url, yaml.duration("refresh_interval", DEFAULT_REFRESH_INTERVAL_MILLIS),
          HttpClientConfig.from(yaml)));
      yaml.finish();
    }
    return configs;
  }
}
