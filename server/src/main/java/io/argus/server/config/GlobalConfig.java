package io.argus.server.config;

import io.argus.core.label.Labels;
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
    List<String> scrapeProtocols,
    ScrapeLimits limits) {

  static final long DEFAULT_SCRAPE_INTERVAL_MILLIS = 60_000;
  static final long DEFAULT_SCRAPE_TIMEOUT_MILLIS = 10_000;
  static final long DEFAULT_EVALUATION_INTERVAL_MILLIS = 60_000;

  /** The exposition formats Prometheus negotiates by default, most preferred first. */
  public static final List<String> DEFAULT_SCRAPE_PROTOCOLS =
      List.of("OpenMetricsText1.0.0", "OpenMetricsText0.0.1", "PrometheusText0.0.4");

  static final List<String> KNOWN_SCRAPE_PROTOCOLS =
      List.of("PrometheusProto", "OpenMetricsText1.0.0", "OpenMetricsText0.0.1", "PrometheusText0.0.4", "PrometheusText1.0.0");

  public GlobalConfig {
    scrapeProtocols = List.copyOf(scrapeProtocols);
  }

  /** Prometheus' defaults. */
  public static GlobalConfig defaults() {
    return new GlobalConfig(DEFAULT_SCRAPE_INTERVAL_MILLIS, DEFAULT_SCRAPE_TIMEOUT_MILLIS,
        DEFAULT_EVALUATION_INTERVAL_MILLIS, 0, Labels.empty(), "", DEFAULT_SCRAPE_PROTOCOLS,
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
    List<String> protocols = scrapeProtocols(yaml, DEFAULT_SCRAPE_PROTOCOLS);
    ScrapeLimits limits = ScrapeLimits.from(yaml, ScrapeLimits.NONE);
    yaml.finish();
    return new GlobalConfig(interval, timeout, evaluation, ruleQueryOffset, externalLabels,
        queryLogFile, protocols, limits);
  }

  static List<String> scrapeProtocols(YamlMapping yaml, List<String> defaults) throws ConfigException {
    if (!yaml.has("scrape_protocols")) {
      yaml.node("scrape_protocols");
      return defaults;
    }
    List<String> protocols = yaml.strings("scrape_protocols");
    if (protocols.isEmpty()) {
      throw yaml.errorAt("scrape_protocols", "scrape_protocols must not be empty");
    }
    for (String protocol : protocols) {
      if (!KNOWN_SCRAPE_PROTOCOLS.contains(protocol)) {
        throw yaml.errorAt("scrape_protocols",
            "unknown scrape protocol \"" + protocol + "\", supported: " + KNOWN_SCRAPE_PROTOCOLS);
      }
    }
    if (protocols.stream().distinct().count() != protocols.size()) {
      throw yaml.errorAt("scrape_protocols", "duplicated protocol in scrape_protocols: " + protocols);
    }
    return protocols;
  }
}
