package io.argus.server.config;

import java.nio.file.Path;

/**
 * Paths in a configuration file are relative to the file's directory, as in Prometheus, so a
 * configuration keeps working whatever directory the server is started from.
 */
final class ConfigPaths {

  private ConfigPaths() {}

  /** {@code path} resolved against the directory of the file {@code yaml} came from; "" stays "". */
  static String resolve(YamlMapping yaml, String path) {
    if (path.isEmpty()) {
      return path;
    }
    Path directory = Path.of(yaml.file()).toAbsolutePath().getParent();
    return directory == null ? path : directory.resolve(path).normalize().toString();
  }
}
