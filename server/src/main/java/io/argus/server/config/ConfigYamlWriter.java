package io.argus.server.config;

import io.argus.core.label.Labels;
import io.argus.core.time.PrometheusDuration;
import io.argus.scrape.config.DiscoveryConfig;
import io.argus.scrape.config.FileSdConfig;
import io.argus.scrape.config.HttpClientConfig;
import io.argus.scrape.config.HttpSdConfig;
import io.argus.scrape.config.RelabelConfig;
import io.argus.scrape.config.ScrapeConfig;
import io.argus.scrape.config.StaticConfig;
import io.argus.scrape.exposition.ExpositionFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Prints the effective configuration, defaults filled in and secrets replaced by {@code <secret>},
 * in the layout of Prometheus' {@code /api/v1/status/config}.
 */
public final class ConfigYamlWriter {

  private static final String SECRET = "<secret>";

  private ConfigYamlWriter() {}

  public static String write(PrometheusConfig config) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("global", global(config.global()));
    if (!config.alerting().alertmanagers().isEmpty() || !config.alerting().alertRelabelConfigs().isEmpty()) {
      root.put("alerting", alerting(config.alerting()));
    }
    putIfNotEmpty(root, "rule_files", config.ruleFiles());
    putIfNotEmpty(root, "scrape_configs", config.scrapeConfigs().stream().map(ConfigYamlWriter::scrape).toList());
    putIfNotEmpty(root, "remote_write", config.remoteWrite().stream().map(ConfigYamlWriter::remoteWrite).toList());
    putIfNotEmpty(root, "remote_read", config.remoteRead().stream().map(ConfigYamlWriter::remoteRead).toList());
    if (config.storage().outOfOrderTimeWindowMillis() > 0) {
      root.put("storage", Map.of("tsdb", Map.of("out_of_order_time_window",
          PrometheusDuration.format(config.storage().outOfOrderTimeWindowMillis()))));
    }
    DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setIndent(2)
        .setDereferenceAliases(true)
        .setIndicatorIndent(0).build();
    return new Dump(settings).dumpToString(root);
  }

  private static Map<String, Object> global(GlobalConfig global) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("scrape_interval", PrometheusDuration.format(global.scrapeIntervalMillis()));
    out.put("scrape_timeout", PrometheusDuration.format(global.scrapeTimeoutMillis()));
    out.put("scrape_protocols", protocolNames(global.scrapeProtocols()));
    out.put("evaluation_interval", PrometheusDuration.format(global.evaluationIntervalMillis()));
    if (global.ruleQueryOffsetMillis() > 0) {
      out.put("rule_query_offset", PrometheusDuration.format(global.ruleQueryOffsetMillis()));
    }
    if (!global.externalLabels().isEmpty()) {
      out.put("external_labels", labels(global.externalLabels()));
    }
    if (!global.queryLogFile().isEmpty()) {
      out.put("query_log_file", global.queryLogFile());
    }
    limits(out, global.limits());
    return out;
  }

  private static Map<String, Object> scrape(ScrapeConfig scrape) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("job_name", scrape.jobName());
    out.put("honor_labels", scrape.honorLabels());
    out.put("honor_timestamps", scrape.honorTimestamps());
    out.put("track_timestamps_staleness", scrape.trackTimestampsStaleness());
    if (!scrape.params().isEmpty()) {
      out.put("params", scrape.params());
    }
    out.put("scrape_interval", PrometheusDuration.format(scrape.scrapeIntervalMillis()));
    out.put("scrape_timeout", PrometheusDuration.format(scrape.scrapeTimeoutMillis()));
    out.put("scrape_protocols", protocolNames(scrape.scrapeProtocols()));
    out.put("metrics_path", scrape.metricsPath());
    out.put("scheme", scrape.scheme());
    out.put("enable_compression", scrape.enableCompression());
    limits(out, new ScrapeLimits(scrape.bodySizeLimitBytes(), scrape.sampleLimit(), scrape.targetLimit(),
        scrape.labelLimit(), scrape.labelNameLengthLimit(), scrape.labelValueLengthLimit(),
        scrape.keepDroppedTargets()));
    http(out, scrape.httpClient());
    putIfNotEmpty(out, "relabel_configs", scrape.relabelConfigs().stream().map(ConfigYamlWriter::relabel).toList());
    putIfNotEmpty(out, "metric_relabel_configs",
        scrape.metricRelabelConfigs().stream().map(ConfigYamlWriter::relabel).toList());
    discovery(out, scrape.discoveryConfigs());
    return out;
  }

  private static void discovery(Map<String, Object> out, List<DiscoveryConfig> configs) {
    List<Object> staticConfigs = new ArrayList<>();
    List<Object> fileConfigs = new ArrayList<>();
    List<Object> httpConfigs = new ArrayList<>();
    for (DiscoveryConfig config : configs) {
      switch (config) {
        case StaticConfig group -> {
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("targets", group.targets());
          if (!group.labels().isEmpty()) {
            entry.put("labels", new TreeMap<>(group.labels()));
          }
          staticConfigs.add(entry);
        }
        case FileSdConfig file -> fileConfigs.add(Map.of("files", file.files(),
            "refresh_interval", PrometheusDuration.format(file.refreshIntervalMillis())));
        case HttpSdConfig http -> httpConfigs.add(Map.of("url", http.url().toString(),
            "refresh_interval", PrometheusDuration.format(http.refreshIntervalMillis())));
      }
    }
    putIfNotEmpty(out, "file_sd_configs", fileConfigs);
    putIfNotEmpty(out, "http_sd_configs", httpConfigs);
    putIfNotEmpty(out, "static_configs", staticConfigs);
  }

  private static List<String> protocolNames(List<ExpositionFormat> formats) {
    return formats.stream().map(ExpositionFormat::protocolName).toList();
  }

  private static Map<String, Object> alerting(AlertingConfig alerting) {
    Map<String, Object> out = new LinkedHashMap<>();
    putIfNotEmpty(out, "alert_relabel_configs",
        alerting.alertRelabelConfigs().stream().map(ConfigYamlWriter::relabel).toList());
    putIfNotEmpty(out, "alertmanagers", alerting.alertmanagers().stream().map(am -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      http(entry, am.http());
      entry.put("scheme", am.scheme());
      entry.put("path_prefix", am.pathPrefix());
      entry.put("timeout", PrometheusDuration.format(am.timeoutMillis()));
      entry.put("api_version", am.apiVersion());
      putIfNotEmpty(entry, "relabel_configs", am.relabelConfigs().stream().map(ConfigYamlWriter::relabel).toList());
      discovery(entry, am.discoveryConfigs());
      return (Object) entry;
    }).toList());
    return out;
  }

  private static Map<String, Object> remoteWrite(RemoteWriteConfig remote) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("url", remote.url());
    out.put("remote_timeout", PrometheusDuration.format(remote.remoteTimeoutMillis()));
    if (!remote.name().isEmpty()) {
      out.put("name", remote.name());
    }
    out.put("protobuf_message", remote.protobufMessage());
    putIfNotEmpty(out, "write_relabel_configs",
        remote.writeRelabelConfigs().stream().map(ConfigYamlWriter::relabel).toList());
    RemoteWriteConfig.QueueConfig queue = remote.queue();
    Map<String, Object> queueOut = new LinkedHashMap<>();
    queueOut.put("capacity", queue.capacity());
    queueOut.put("max_shards", queue.maxShards());
    queueOut.put("min_shards", queue.minShards());
    queueOut.put("max_samples_per_send", queue.maxSamplesPerSend());
    queueOut.put("batch_send_deadline", PrometheusDuration.format(queue.batchSendDeadlineMillis()));
    queueOut.put("min_backoff", PrometheusDuration.format(queue.minBackoffMillis()));
    queueOut.put("max_backoff", PrometheusDuration.format(queue.maxBackoffMillis()));
    out.put("queue_config", queueOut);
    out.put("metadata_config", Map.of("send", remote.metadata().send(),
        "send_interval", PrometheusDuration.format(remote.metadata().sendIntervalMillis()),
        "max_samples_per_send", remote.metadata().maxSamplesPerSend()));
    http(out, remote.http());
    return out;
  }

  private static Map<String, Object> remoteRead(RemoteReadConfig remote) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("url", remote.url());
    out.put("remote_timeout", PrometheusDuration.format(remote.remoteTimeoutMillis()));
    if (!remote.name().isEmpty()) {
      out.put("name", remote.name());
    }
    out.put("read_recent", remote.readRecent());
    if (!remote.requiredMatchers().isEmpty()) {
      out.put("required_matchers", remote.requiredMatchers());
    }
    out.put("filter_external_labels", remote.filterExternalLabels());
    http(out, remote.http());
    return out;
  }

  private static void http(Map<String, Object> out, HttpClientConfig http) {
    if (http.basicAuth() != null) {
      Map<String, Object> auth = new LinkedHashMap<>();
      auth.put("username", http.basicAuth().username());
      if (!http.basicAuth().password().isEmpty()) {
        auth.put("password", SECRET);
      }
      if (http.basicAuth().passwordFile() != null) {
        auth.put("password_file", http.basicAuth().passwordFile());
      }
      out.put("basic_auth", auth);
    }
    if (http.authorization() != null) {
      Map<String, Object> auth = new LinkedHashMap<>();
      auth.put("type", http.authorization().type());
      if (!http.authorization().credentials().isEmpty()) {
        auth.put("credentials", SECRET);
      }
      if (http.authorization().credentialsFile() != null) {
        auth.put("credentials_file", http.authorization().credentialsFile());
      }
      out.put("authorization", auth);
    }
    Map<String, Object> tls = new LinkedHashMap<>();
    if (http.tlsConfig().caFile() != null) {
      tls.put("ca_file", http.tlsConfig().caFile());
    }
    tls.put("insecure_skip_verify", http.tlsConfig().insecureSkipVerify());
    putIfNotEmpty(tls, "min_version", http.tlsConfig().minVersion());
    out.put("tls_config", tls);
    if (http.proxyUrl() != null) {
      out.put("proxy_url", http.proxyUrl().toString());
    }
    out.put("follow_redirects", http.followRedirects());
    out.put("enable_http2", http.enableHttp2());
  }

  private static void limits(Map<String, Object> out, ScrapeLimits limits) {
    putIfPositive(out, "body_size_limit", limits.bodySizeLimitBytes() > 0 ? ByteSize.format(limits.bodySizeLimitBytes()) : null);
    putIfPositive(out, "sample_limit", limits.sampleLimit());
    putIfPositive(out, "target_limit", limits.targetLimit());
    putIfPositive(out, "label_limit", limits.labelLimit());
    putIfPositive(out, "label_name_length_limit", limits.labelNameLengthLimit());
    putIfPositive(out, "label_value_length_limit", limits.labelValueLengthLimit());
    putIfPositive(out, "keep_dropped_targets", limits.keepDroppedTargets());
  }

  private static Object relabel(RelabelConfig relabel) {
    Map<String, Object> out = new LinkedHashMap<>();
    putIfNotEmpty(out, "source_labels", relabel.sourceLabels());
    out.put("separator", relabel.separator());
    putIfPositive(out, "modulus", relabel.modulus());
    out.put("regex", relabel.regex());
    putIfNotEmpty(out, "target_label", relabel.targetLabel());
    out.put("replacement", relabel.replacement());
    out.put("action", relabel.action().configName());
    return out;
  }

  private static Map<String, String> labels(Labels labels) {
    Map<String, String> out = new LinkedHashMap<>();
    labels.forEach(out::put);
    return out;
  }

  private static void putIfNotEmpty(Map<String, Object> out, String key, Object value) {
    boolean empty = value == null
        || (value instanceof String s && s.isEmpty())
        || (value instanceof List<?> list && list.isEmpty());
    if (!empty) {
      out.put(key, value);
    }
  }

  private static void putIfPositive(Map<String, Object> out, String key, Object value) {
    if (value != null && !(value instanceof Long number && number <= 0)) {
      out.put(key, value);
    }
  }
}
