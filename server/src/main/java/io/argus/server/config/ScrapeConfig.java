package io.argus.server.config;

import java.util.List;
import java.util.Map;

/** One {@code scrape_configs} entry, with the global defaults already applied. */
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
    boolean enableCompression,
    List<String> scrapeProtocols,
    ScrapeLimits limits,
    HttpClientConfig http,
    List<TargetGroup> staticConfigs,
    List<FileSdConfig> fileSdConfigs,
    List<HttpSdConfig> httpSdConfigs,
    List<DnsSdConfig> dnsSdConfigs,
    List<RelabelConfig> relabelConfigs,
    List<RelabelConfig> metricRelabelConfigs) {

  /** Discovery mechanisms Prometheus has and Argus does not yet: refused by name. */
  static final String[] UNSUPPORTED_DISCOVERY = {
    "azure_sd_configs", "consul_sd_configs", "digitalocean_sd_configs", "docker_sd_configs",
    "dockerswarm_sd_configs", "ec2_sd_configs", "eureka_sd_configs", "gce_sd_configs",
    "hetzner_sd_configs", "ionos_sd_configs", "kubernetes_sd_configs", "kuma_sd_configs",
    "lightsail_sd_configs", "linode_sd_configs", "marathon_sd_configs", "nerve_sd_configs",
    "nomad_sd_configs", "openstack_sd_configs", "ovhcloud_sd_configs", "puppetdb_sd_configs",
    "scaleway_sd_configs", "serverset_sd_configs", "triton_sd_configs", "uyuni_sd_configs",
    "vultr_sd_configs", "native_histogram_bucket_limit", "native_histogram_min_bucket_factor",
    "scrape_classic_histograms", "always_scrape_classic_histograms", "convert_classic_histograms_to_nhcb",
    "metric_name_validation_scheme", "metric_name_escaping_scheme", "scrape_failure_log_file"
  };

  public ScrapeConfig {
    params = Map.copyOf(params);
    scrapeProtocols = List.copyOf(scrapeProtocols);
    staticConfigs = List.copyOf(staticConfigs);
    fileSdConfigs = List.copyOf(fileSdConfigs);
    httpSdConfigs = List.copyOf(httpSdConfigs);
    dnsSdConfigs = List.copyOf(dnsSdConfigs);
    relabelConfigs = List.copyOf(relabelConfigs);
    metricRelabelConfigs = List.copyOf(metricRelabelConfigs);
  }

  static ScrapeConfig from(YamlMapping yaml, GlobalConfig global) throws ConfigException {
    yaml.refuseUnsupported(UNSUPPORTED_DISCOVERY);
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
    String metricsPath = yaml.string("metrics_path", "/metrics");
    String scheme = yaml.string("scheme", "http");
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw yaml.errorAt("scheme", "URL scheme must be 'http' or 'https', got \"" + scheme + "\"");
    }
    Map<String, List<String>> params = params(yaml.mapping("params"));
    ScrapeConfig config = new ScrapeConfig(jobName, interval, timeout, metricsPath, scheme, params,
        yaml.bool("honor_labels", false),
        yaml.bool("honor_timestamps", true),
        yaml.bool("track_timestamps_staleness", false),
        yaml.bool("enable_compression", true),
        GlobalConfig.scrapeProtocols(yaml, global.scrapeProtocols()),
        ScrapeLimits.from(yaml, global.limits()),
        HttpClientConfig.from(yaml),
        TargetGroup.listFrom(yaml, "static_configs"),
        FileSdConfig.listFrom(yaml),
        HttpSdConfig.listFrom(yaml),
        DnsSdConfig.listFrom(yaml),
        RelabelConfig.listFrom(yaml, "relabel_configs"),
        RelabelConfig.listFrom(yaml, "metric_relabel_configs"));
    yaml.finish();
    return config;
  }

  private static Map<String, List<String>> params(YamlMapping paramsYaml) throws ConfigException {
    Map<String, List<String>> params = new java.util.LinkedHashMap<>();
    for (String name : paramsYaml.keys()) {
      params.put(name, paramsYaml.strings(name));
    }
    return params;
  }
}
