package io.argus.server.config;

import io.argus.core.label.Labels;
import io.argus.scrape.config.ScrapeConfig;
import io.argus.scrape.exposition.ExpositionFormat;
import java.util.List;

/**
 * The {@code global} section: defaults for every scrape and rule evaluation, and the labels added to
 * everything that leaves this server.
 */
public record GlobalConfig(
    long scrapeIntervalMillis,
    long scrapeTimeoutMillis,
    long evaluationIntervalMillis,
    long ruleQueryOffsetMillis,
    Labels externalLabels,
    String queryLogFile,
    List<ExpositionFormat> scrapeProtocols,
    ScrapeLimits limits) {

  static final long DEFAULT_SCRAPE_INTERVAL_MILLIS = 60_000;
  static final long DEFAULT_SCRAPE_TIMEOUT_MILLIS = 10_000;
  static final long DEFAULT_EVALUATION_INTERVAL_MILLIS = 60_000;

  static final List<String> KNOWN_SCRAPE_PROTOCOLS =
      List.of("PrometheusProto", "OpenMetricsText1.0.0", "OpenMetricsText0.0.1", "PrometheusText0.0.4", "PrometheusText1.0.0");

  public GlobalConfig {
    scrapeProtocols = List.copyOf(scrapeProtocols);
  }

  /** Prometheus' defaults. */
  public static GlobalConfig defaults() {
    return new GlobalConfig(DEFAULT_SCRAPE_INTERVAL_MILLIS, DEFAULT_SCRAPE_TIMEOUT_MILLIS,
        DEFAULT_EVALUATION_INTERVAL_MILLIS, 0, Labels.empty(), "", ScrapeConfig.DEFAULT_SCRAPE_PROTOCOLS,
        ScrapeLimits.NONE);
  }

  static GlobalConfig from(YamlMapping yaml) throws ConfigException {
    long interval = yaml.duration("scrape_interval", DEFAULT_SCRAPE_INTERVAL_MILLIS);
    if (interval == 0) {
      throw yaml.errorAt("scrape_interval", "scrape_interval must be greater than 0");
    }
    long timeout = yaml.duration("scrape_timeout", Math.min(DEFAULT_SCRAPE_TIMEOUT_MILLIS, interval));
    if (timeout > interval) {
      throw yaml.errorAt("scrape_timeout", "global scrape timeout greater than scrape interval");
    }
    long evaluation = yaml.duration("evaluation_interval", DEFAULT_EVALUATION_INTERVAL_MILLIS);
    long ruleQueryOffset = yaml.duration("rule_query_offset", 0);
    Labels externalLabels = yaml.labels("external_labels");
    String queryLogFile = yaml.string("query_log_file", "");
    List<ExpositionFormat> protocols = scrapeProtocols(yaml, ScrapeConfig.DEFAULT_SCRAPE_PROTOCOLS);
    ScrapeLimits limits = ScrapeLimits.from(yaml, ScrapeLimits.NONE);
    yaml.finish();
    return new GlobalConfig(interval, timeout, evaluation, ruleQueryOffset, externalLabels,
        queryLogFile, protocols, limits);
  }

  /** {@code scrape_protocols} of a global or job section, or {@code defaults} when absent. */
  static List<ExpositionFormat> scrapeProtocols(YamlMapping yaml, List<ExpositionFormat> defaults)
      throws ConfigException {
    if (!yaml.has("scrape_protocols")) {
      yaml.node("scrape_protocols");
      return defaults;
    }
    List<String> names = yaml.strings("scrape_protocols");
    if (names.isEmpty()) {
      throw yaml.errorAt("scrape_protocols", "scrape_protocols must not be empty");
    }
    if (names.stream().distinct().count() != names.size()) {
      throw yaml.errorAt("scrape_protocols", "duplicated protocol in scrape_protocols: " + names);
    }
    List<ExpositionFormat> protocols = new java.util.ArrayList<>();
    for (String name : names) {
      if (!KNOWN_SCRAPE_PROTOCOLS.contains(name)) {
        throw yaml.errorAt("scrape_protocols",
            "unknown scrape protocol \"" + name + "\", supported: " + KNOWN_SCRAPE_PROTOCOLS);
      }
      protocols.add(ScrapeConfigBinder.protocol(yaml, name));
    }
    return protocols;
  }
}
