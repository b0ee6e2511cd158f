package io.argus.server.config;

import io.argus.scrape.config.ScrapeConfig;
import java.util.List;

/**
 * A whole {@code prometheus.yml}, validated, defaults applied, relative paths resolved against the
 * file's directory.
 *
 * @param source the file it was read from, or a description such as {@code <embedded default>}
 * @param ruleFiles the rule file paths and globs as resolved
 */
public record PrometheusConfig(
    String source,
    GlobalConfig global,
    List<ScrapeConfig> scrapeConfigs,
    List<String> ruleFiles,
    AlertingConfig alerting,
    List<RemoteWriteConfig> remoteWrite,
    List<RemoteReadConfig> remoteRead,
    StorageConfig storage) {

  public PrometheusConfig {
    scrapeConfigs = List.copyOf(scrapeConfigs);
    ruleFiles = List.copyOf(ruleFiles);
    remoteWrite = List.copyOf(remoteWrite);
    remoteRead = List.copyOf(remoteRead);
  }
}
