package io.argus.scrape.config;

import io.argus.core.time.PrometheusDuration;
import io.argus.scrape.exposition.ExpositionFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code scrape_configs} entry. {@link #builder(String)} starts from Prometheus' defaults
 * (interval 1m, timeout 10s, {@code /metrics}, http, honor_timestamps, compression, the three text
 * protocols, no limits); the server applies {@code global} values through the builder. Limits of 0
 * mean "no limit", as in Prometheus. Equal configs are {@code equals}, which is how a reload tells
 * changed jobs from unchanged ones.
 */
public record ScrapeConfig(
    String jobName,
    long scrapeIntervalMillis,
    long scrapeTimeoutMillis,
    String metricsPath,
    String scheme,
    Map<String, List<String>> params,
    boolean honorLabels,
    boolean honorTimestamps,
    boolean trackTimestampsStaleness,
    HttpClientConfig httpClient,
    long bodySizeLimitBytes,
    long sampleLimit,
    long labelLimit,
    long labelNameLengthLimit,
    long labelValueLengthLimit,
    long targetLimit,
    long keepDroppedTargets,
    List<ExpositionFormat> scrapeProtocols,
    boolean enableCompression,
    List<RelabelConfig> relabelConfigs,
    List<RelabelConfig> metricRelabelConfigs,
    List<DiscoveryConfig> discoveryConfigs) {

  public static final long DEFAULT_SCRAPE_INTERVAL_MILLIS = 60_000;
  public static final long DEFAULT_SCRAPE_TIMEOUT_MILLIS = 10_000;
  public static final List<ExpositionFormat> DEFAULT_SCRAPE_PROTOCOLS = List.of(
      ExpositionFormat.OPENMETRICS_1_0_0, ExpositionFormat.OPENMETRICS_0_0_1,
      ExpositionFormat.PROMETHEUS_TEXT_0_0_4);

  public ScrapeConfig {
    Objects.requireNonNull(jobName, "job_name");
    if (jobName.isEmpty()) {
      throw new IllegalArgumentException("job_name is empty");
    }
    if (scrapeIntervalMillis <= 0) {
      throw new IllegalArgumentException("scrape_interval must be positive for scrape config with job name \""
          + jobName + "\", found " + PrometheusDuration.format(scrapeIntervalMillis));
    }
    if (scrapeTimeoutMillis <= 0) {
      throw new IllegalArgumentException("scrape_timeout must be positive for scrape config with job name \""
          + jobName + "\"");
    }
    if (scrapeTimeoutMillis > scrapeIntervalMillis) {
      throw new IllegalArgumentException(
          "scrape timeout greater than scrape interval for scrape config with job name \"" + jobName + "\"");
    }
    if (!metricsPath.startsWith("/")) {
      throw new IllegalArgumentException("metrics_path must start with '/', found \"" + metricsPath + "\"");
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("scheme must be http or https, found \"" + scheme + "\"");
    }
    Map<String, List<String>> paramsCopy = new LinkedHashMap<>();
    params.forEach((name, values) -> paramsCopy.put(name, List.copyOf(values)));
    params = java.util.Collections.unmodifiableMap(paramsCopy);
    Objects.requireNonNull(httpClient, "http client settings");
    requireNotNegative("body_size_limit", bodySizeLimitBytes);
    requireNotNegative("sample_limit", sampleLimit);
    requireNotNegative("label_limit", labelLimit);
    requireNotNegative("label_name_length_limit", labelNameLengthLimit);
    requireNotNegative("label_value_length_limit", labelValueLengthLimit);
    requireNotNegative("target_limit", targetLimit);
    requireNotNegative("keep_dropped_targets", keepDroppedTargets);
    scrapeProtocols = List.copyOf(scrapeProtocols);
    if (scrapeProtocols.isEmpty()) {
      throw new IllegalArgumentException("scrape_protocols cannot be empty for job \"" + jobName + "\"");
    }
    if (scrapeProtocols.stream().distinct().count() != scrapeProtocols.size()) {
      throw new IllegalArgumentException("duplicated protocol in scrape_protocols, got " + scrapeProtocols);
    }
    relabelConfigs = List.copyOf(relabelConfigs);
    metricRelabelConfigs = List.copyOf(metricRelabelConfigs);
    discoveryConfigs = List.copyOf(discoveryConfigs);
  }

  /** This config with other discovery configs. */
  public ScrapeConfig withDiscoveryConfigs(List<DiscoveryConfig> newDiscoveryConfigs) {
    return new ScrapeConfig(jobName, scrapeIntervalMillis, scrapeTimeoutMillis, metricsPath, scheme, params,
        honorLabels, honorTimestamps, trackTimestampsStaleness, httpClient, bodySizeLimitBytes, sampleLimit,
        labelLimit, labelNameLengthLimit, labelValueLengthLimit, targetLimit, keepDroppedTargets, scrapeProtocols,
        enableCompression, relabelConfigs, metricRelabelConfigs, newDiscoveryConfigs);
  }

  /**
   * Whether {@code other} scrapes exactly as this config does, whatever its discovery: a reload
   * that only changes discovery keeps the scrape loops, the target set changes through discovery.
   */
  public boolean scrapesLike(ScrapeConfig other) {
    return withDiscoveryConfigs(List.of()).equals(other.withDiscoveryConfigs(List.of()));
  }

  private static void requireNotNegative(String field, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative, found " + value);
    }
  }

  /** A builder with Prometheus' defaults for job {@code jobName}. */
  public static Builder builder(String jobName) {
    return new Builder(jobName);
  }

  /** Collects fields from Prometheus' defaults; {@link #build()} validates. */
  public static final class Builder {
    private final String jobName;
    private long scrapeIntervalMillis = DEFAULT_SCRAPE_INTERVAL_MILLIS;
    private Long scrapeTimeoutMillis;
    private String metricsPath = "/metrics";
    private String scheme = "http";
    private final Map<String, List<String>> params = new LinkedHashMap<>();
    private boolean honorLabels;
    private boolean honorTimestamps = true;
    private boolean trackTimestampsStaleness;
    private HttpClientConfig httpClient = HttpClientConfig.defaults();
    private long bodySizeLimitBytes;
    private long sampleLimit;
    private long labelLimit;
    private long labelNameLengthLimit;
    private long labelValueLengthLimit;
    private long targetLimit;
    private long keepDroppedTargets;
    private List<ExpositionFormat> scrapeProtocols = DEFAULT_SCRAPE_PROTOCOLS;
    private boolean enableCompression = true;
    private final List<RelabelConfig> relabelConfigs = new ArrayList<>();
    private final List<RelabelConfig> metricRelabelConfigs = new ArrayList<>();
    private final List<DiscoveryConfig> discoveryConfigs = new ArrayList<>();

    private Builder(String jobName) {
      this.jobName = jobName;
    }

    public Builder scrapeIntervalMillis(long millis) {
      this.scrapeIntervalMillis = millis;
      return this;
    }

    /** When never called, the timeout is 10s or the interval if that is shorter, as in Prometheus. */
    public Builder scrapeTimeoutMillis(long millis) {
      this.scrapeTimeoutMillis = millis;
      return this;
    }

    public Builder metricsPath(String path) {
      this.metricsPath = path;
      return this;
    }

    public Builder scheme(String newScheme) {
      this.scheme = newScheme;
      return this;
    }

    public Builder param(String name, String... values) {
      this.params.put(name, List.of(values));
      return this;
    }

    public Builder honorLabels(boolean honor) {
      this.honorLabels = honor;
      return this;
    }

    public Builder honorTimestamps(boolean honor) {
      this.honorTimestamps = honor;
      return this;
    }

    public Builder trackTimestampsStaleness(boolean track) {
      this.trackTimestampsStaleness = track;
      return this;
    }

    public Builder httpClient(HttpClientConfig config) {
      this.httpClient = config;
      return this;
    }

    public Builder bodySizeLimitBytes(long bytes) {
      this.bodySizeLimitBytes = bytes;
      return this;
    }

    public Builder sampleLimit(long limit) {
      this.sampleLimit = limit;
      return this;
    }

    public Builder labelLimit(long limit) {
      this.labelLimit = limit;
      return this;
    }

    public Builder labelNameLengthLimit(long limit) {
      this.labelNameLengthLimit = limit;
      return this;
    }

    public Builder labelValueLengthLimit(long limit) {
      this.labelValueLengthLimit = limit;
      return this;
    }

    public Builder targetLimit(long limit) {
      this.targetLimit = limit;
      return this;
    }

    public Builder keepDroppedTargets(long count) {
      this.keepDroppedTargets = count;
      return this;
    }

    public Builder scrapeProtocols(List<ExpositionFormat> protocols) {
      this.scrapeProtocols = protocols;
      return this;
    }

    public Builder enableCompression(boolean enable) {
      this.enableCompression = enable;
      return this;
    }

    public Builder relabelConfig(RelabelConfig config) {
      this.relabelConfigs.add(config);
      return this;
    }

    public Builder metricRelabelConfig(RelabelConfig config) {
      this.metricRelabelConfigs.add(config);
      return this;
    }

    public Builder discoveryConfig(DiscoveryConfig config) {
      this.discoveryConfigs.add(config);
      return this;
    }

    public ScrapeConfig build() {
      long timeout = scrapeTimeoutMillis != null
          ? scrapeTimeoutMillis
          : Math.min(DEFAULT_SCRAPE_TIMEOUT_MILLIS, scrapeIntervalMillis);
      return new ScrapeConfig(jobName, scrapeIntervalMillis, timeout, metricsPath, scheme, params, honorLabels,
          honorTimestamps, trackTimestampsStaleness, httpClient, bodySizeLimitBytes, sampleLimit, labelLimit,
          labelNameLengthLimit, labelValueLengthLimit, targetLimit, keepDroppedTargets, scrapeProtocols,
          enableCompression, relabelConfigs, metricRelabelConfigs, discoveryConfigs);
    }
  }
}
