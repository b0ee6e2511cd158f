package io.argus.scrape.config;

import java.util.List;
import java.util.Objects;

/**
 * {@code file_sd_configs} entry: files (the last path element may be a glob) of target groups in
 * JSON or YAML, re-read on change and every {@code refresh_interval} (default 5m).
 */
public record FileSdConfig(List<String> files, long refreshIntervalMillis) implements DiscoveryConfig {

  public static final long DEFAULT_REFRESH_INTERVAL_MILLIS = 5 * 60_000;

  public FileSdConfig {
    files = List.copyOf(Objects.requireNonNull(files, "file_sd_configs.files"));
    if (files.isEmpty()) {
      throw new IllegalArgumentException("file service discovery config must contain at least one path name");
    }
    for (String file : files) {
      if (!(file.endsWith(".json") || file.endsWith(".yml") || file.endsWith(".yaml"))) {
        throw new IllegalArgumentException("path name \"" + file + "\" is not valid for file discovery");
      }
    }
    if (refreshIntervalMillis <= 0) {
      throw new IllegalArgumentException("file_sd_configs.refresh_interval must be positive, found " + refreshIntervalMillis + "ms");
    }
  }

  public static FileSdConfig of(String... files) {
    return new FileSdConfig(List.of(files), DEFAULT_REFRESH_INTERVAL_MILLIS);
  }
}
