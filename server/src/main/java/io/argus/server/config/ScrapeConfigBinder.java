package io.argus.server.config;

import io.argus.scrape.config.DiscoveryConfig;
import io.argus.scrape.config.RelabelConfig;
import io.argus.scrape.config.ScrapeConfig;
import io.argus.scrape.exposition.ExpositionFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Binds {@code scrape_configs} to the scrape module's {@link ScrapeConfig}, applying the global
 * defaults as Prometheus does; the record's own validation errors are placed at the job's entry.
 */
final class ScrapeConfigBinder {

  /** Per-job options Prometheus has and Argus does not implement yet. */
  private static final String[] UNSUPPORTED = {
    "native_histogram_bucket_limit", "native_histogram_min_bucket_factor", "scrape_classic_histograms",
    "always_scrape_classic_histograms", "convert_classic_histograms_to_nhcb", "metric_name_validation_scheme",
    "metric_name_escaping_scheme", "scrape_failure_log_file"
  };

  private ScrapeConfigBinder() {}

  static List<ScrapeConfig> listFrom(YamlMapping root, GlobalConfig global) throws ConfigException {
    List<ScrapeConfig> configs = new ArrayList<>();
    Set<String> jobNames = new HashSet<>();
    for (YamlMapping yaml : root.mappings("scrape_configs", "scrape_config")) {
      ScrapeConfig config = from(yaml, global);
      if (!jobNames.add(config.jobName())) {
        throw yaml.errorAt("job_name", "found multiple scrape configs with job name \"" + config.jobName() + "\"");
      }
      configs.add(config);
    }
    return configs;
  }

  private static ScrapeConfig from(YamlMapping yaml, GlobalConfig global) throws ConfigException {
    yaml.refuseUnsupported(UNSUPPORTED);
    String jobName = yaml.requiredString("job_name");
    long interval = yaml.duration("scrape_interval", global.scrapeIntervalMillis());
    if (interval == 0) {
      throw yaml.errorAt("scrape_interval", "scrape_interval must be greater than 0 for job \"" + jobName + "\"");
    }
    // Prometheus: an unset timeout inherits the global one, capped at this job's interval.
    long timeout = yaml.duration("scrape_timeout", Math.min(global.scrapeTimeoutMillis(), interval));
    if (timeout > interval) {
      throw yaml.errorAt("scrape_timeout",
          "scrape timeout greater than scrape interval for scrape config with job name \"" + jobName + "\"");
    }
    String scheme = yaml.string("scheme", "http");
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw yaml.errorAt("scheme", "URL scheme must be 'http' or 'https', got \"" + scheme + "\"");
    }
    ScrapeLimits limits = ScrapeLimits.from(yaml, global.limits());
    ScrapeConfig.Builder builder = ScrapeConfig.builder(jobName)
        .scrapeIntervalMillis(interval)
        .scrapeTimeoutMillis(timeout)
        .metricsPath(yaml.string("metrics_path", "/metrics"))
        .scheme(scheme)
        .honorLabels(yaml.bool("honor_labels", false))
        .honorTimestamps(yaml.bool("honor_timestamps", true))
        .trackTimestampsStaleness(yaml.bool("track_timestamps_staleness", false))
        .enableCompression(yaml.bool("enable_compression", true))
        .scrapeProtocols(GlobalConfig.scrapeProtocols(yaml, global.scrapeProtocols()))
        .bodySizeLimitBytes(limits.bodySizeLimitBytes())
        .sampleLimit(limits.sampleLimit())
        .targetLimit(limits.targetLimit())
        .labelLimit(limits.labelLimit())
        .labelNameLengthLimit(limits.labelNameLengthLimit())
        .labelValueLengthLimit(limits.labelValueLengthLimit())
        .keepDroppedTargets(limits.keepDroppedTargets())
        .httpClient(HttpClientConfigBinder.from(yaml));
    YamlMapping params = yaml.mapping("params");
    for (String name : params.keys()) {
      builder.param(name, params.strings(name).toArray(String[]::new));
    }
    for (DiscoveryConfig discovery : DiscoveryConfigBinder.listFrom(yaml)) {
      builder.discoveryConfig(discovery);
    }
    for (RelabelConfig relabel : RelabelConfigBinder.listFrom(yaml, "relabel_configs")) {
      builder.relabelConfig(relabel);
    }
    for (RelabelConfig relabel : RelabelConfigBinder.listFrom(yaml, "metric_relabel_configs")) {
      builder.metricRelabelConfig(relabel);
    }
    yaml.finish();
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw yaml.error(e.getMessage());
    }
  }

  /** The scrape protocols Argus can negotiate, by their configuration names. */
  static ExpositionFormat protocol(YamlMapping yaml, String name) throws ConfigException {
    try {
      return ExpositionFormat.ofProtocolName(name);
    } catch (IllegalArgumentException e) {
      throw yaml.errorAt("scrape_protocols", "scrape protocol \"" + name + "\" is not supported by Argus"
          + (GlobalConfig.KNOWN_SCRAPE_PROTOCOLS.contains(name) ? " yet" : ""));
    }
  }
}
