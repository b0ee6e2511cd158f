package io.argus.server.config;

import io.argus.scrape.config.HttpClientConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One {@code remote_read} entry. */
public record RemoteReadConfig(
    String url,
    String name,
    long remoteTimeoutMillis,
    Map<String, String> headers,
    boolean readRecent,
    Map<String, String> requiredMatchers,
    boolean filterExternalLabels,
    HttpClientConfig http) {

  public RemoteReadConfig {
    headers = Map.copyOf(headers);
    requiredMatchers = Map.copyOf(requiredMatchers);
  }

  static List<RemoteReadConfig> listFrom(YamlMapping owner) throws ConfigException {
    List<RemoteReadConfig> configs = new ArrayList<>();
    for (YamlMapping yaml : owner.mappings("remote_read", "remote_read_config")) {
      configs.add(new RemoteReadConfig(Urls.require(yaml, "url"), yaml.string("name", ""),
          yaml.duration("remote_timeout", 60_000), yaml.stringMap("headers"), yaml.bool("read_recent", false),
          yaml.stringMap("required_matchers"), yaml.bool("filter_external_labels", true),
          HttpClientConfigBinder.from(yaml)));
      yaml.finish();
    }
    requireUniqueNames(owner, "remote_read", configs.stream().map(RemoteReadConfig::name).toList());
    return configs;
  }

  static void requireUniqueNames(YamlMapping owner, String key, List<String> names) throws ConfigException {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!name.isEmpty() && !seen.add(name)) {
        throw owner.errorAt(key, "found multiple " + key + " configs with name \"" + name + "\"");
      }
    }
  }
}
