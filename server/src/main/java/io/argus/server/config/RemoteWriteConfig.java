package io.argus.server.config;

import io.argus.scrape.config.HttpClientConfig;
import io.argus.scrape.config.RelabelConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One {@code remote_write} entry, with Prometheus 3's queue defaults. */
public record RemoteWriteConfig(
    String url,
    String name,
    long remoteTimeoutMillis,
    Map<String, String> headers,
    List<RelabelConfig> writeRelabelConfigs,
    boolean sendExemplars,
    boolean sendNativeHistograms,
    String protobufMessage,
    QueueConfig queue,
    MetadataConfig metadata,
    HttpClientConfig http) {

  public RemoteWriteConfig {
    headers = Map.copyOf(headers);
    writeRelabelConfigs = List.copyOf(writeRelabelConfigs);
  }

  /** {@code queue_config}. */
  public record QueueConfig(
      long capacity,
      long maxShards,
      long minShards,
      long maxSamplesPerSend,
      long batchSendDeadlineMillis,
      long minBackoffMillis,
      long maxBackoffMillis,
      boolean retryOnHttp429) {

    static QueueConfig from(YamlMapping yaml) throws ConfigException {
      QueueConfig queue = new QueueConfig(yaml.longValue("capacity", 10_000), yaml.longValue("max_shards", 50),
          yaml.longValue("min_shards", 1), yaml.longValue("max_samples_per_send", 2_000),
          yaml.duration("batch_send_deadline", 5_000), yaml.duration("min_backoff", 30),
          yaml.duration("max_backoff", 5_000), yaml.bool("retry_on_http_429", true));
      yaml.refuseUnsupported("sample_age_limit");
      if (queue.minShards > queue.maxShards) {
        throw yaml.error("min_shards (" + queue.minShards + ") must not exceed max_shards (" + queue.maxShards + ")");
      }
      yaml.finish();
      return queue;
    }
  }

  /** {@code metadata_config}. */
  public record MetadataConfig(boolean send, long sendIntervalMillis, long maxSamplesPerSend) {

    static MetadataConfig from(YamlMapping yaml) throws ConfigException {
      MetadataConfig metadata = new MetadataConfig(yaml.bool("send", true),
          yaml.duration("send_interval", 60_000), yaml.longValue("max_samples_per_send", 2_000));
      yaml.finish();
      return metadata;
    }
  }

  static List<RemoteWriteConfig> listFrom(YamlMapping owner) throws ConfigException {
    List<RemoteWriteConfig> configs = new ArrayList<>();
    for (YamlMapping yaml : owner.mappings("remote_write", "remote_write_config")) {
      yaml.refuseUnsupported("sigv4", "azuread", "google_iam", "round_robin_dns");
      String protobufMessage = yaml.string("protobuf_message", "prometheus.WriteRequest");
      if (!protobufMessage.equals("prometheus.WriteRequest") && !protobufMessage.equals("io.prometheus.write.v2.Request")) {
        throw yaml.errorAt("protobuf_message", "unknown remote write protobuf message " + protobufMessage);
      }
      configs.add(new RemoteWriteConfig(Urls.require(yaml, "url"), yaml.string("name", ""),
          yaml.duration("remote_timeout", 30_000), yaml.stringMap("headers"),
          RelabelConfigBinder.listFrom(yaml, "write_relabel_configs"), yaml.bool("send_exemplars", false),
          yaml.bool("send_native_histograms", false), protobufMessage,
          QueueConfig.from(yaml.mapping("queue_config")), MetadataConfig.from(yaml.mapping("metadata_config")),
          HttpClientConfigBinder.from(yaml)));
      yaml.finish();
    }
    RemoteReadConfig.requireUniqueNames(owner, "remote_write", configs.stream().map(RemoteWriteConfig::name).toList());
    return configs;
  }
}
