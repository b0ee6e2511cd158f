package io.argus.server.config;

import java.util.ArrayList;
import java.util.List;

/** A {@code file_sd_configs} entry: JSON or YAML target files, by path or glob. */
public record FileSdConfig(List<String> files, long refreshIntervalMillis) {

  static final long DEFAULT_REFRESH_INTERVAL_MILLIS = 5 * 60_000;

  public FileSdConfig {
    files = List.copyOf(files);
  }

  static List<FileSdConfig> listFrom(YamlMapping owner) throws ConfigException {
    List<FileSdConfig> configs = new ArrayList<>();
    for (YamlMapping yaml : owner.mappings("file_sd_configs", "file_sd_config")) {
      List<String> files = new ArrayList<>();
      for (String file : yaml.strings("files")) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        if (!(name.endsWith(".json") || name.endsWith(".yml") || name.endsWith(".yaml"))) {
          throw yaml.errorAt("files", "path name \"" + file + "\" is not valid for file discovery (need .json, .yml or .yaml)");
        }
        files.add(ConfigPaths.resolve(yaml, file));
      }
      if (files.isEmpty()) {
        throw yaml.error("file service discovery config must contain at least one path name");
      }
      configs.add(new FileSdConfig(files, yaml.duration("refresh_interval", DEFAULT_REFRESH_INTERVAL_MILLIS)));
      yaml.finish();
    }
    return configs;
  }
}
