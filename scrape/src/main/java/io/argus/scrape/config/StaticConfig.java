package io.argus.scrape.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code static_configs} entry: addresses and labels common to them. */
public record StaticConfig(List<String> targets, Map<String, String> labels) implements DiscoveryConfig {

  public StaticConfig {
    targets = List.copyOf(Objects.requireNonNull(targets, "static_configs.targets"));
    labels = Map.copyOf(labels == null ? Map.of() : labels);
  }
}
