package io.argus.server;

import io.argus.core.label.Labels;
import io.argus.core.label.LabelsBuilder;
import io.argus.ingest.sender.Authorization;
import io.argus.ingest.sender.QueueConfig;
import io.argus.ingest.sender.QueueManager;
import io.argus.ingest.sender.QueueStats;
import io.argus.server.metrics.VisitedMetrics;
import io.argus.ingest.sender.RemoteWriteEndpoint;
import io.argus.scrape.config.HttpClientConfig;
import io.argus.scrape.relabel.Relabeler;
import io.argus.server.config.PrometheusConfig;
import io.argus.server.config.RemoteWriteConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The remote-write queues of {@code remote_write}, one per endpoint, following the configuration:
 * on reload unchanged endpoints keep their queue, changed and removed ones are flushed (within
 * {@code --storage.remote.flush-deadline}) and stopped. As in Prometheus, every series sent carries
 * the external labels it does not already have, and {@code write_relabel_configs} apply after them.
 */
final class RemoteWriteQueues implements ConfigListener, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RemoteWriteQueues.class);

  private final Duration flushDeadline;
  private volatile Map<RemoteWriteConfig, QueueManager> queues = Map.of();
  private volatile List<QueueManager> current = List.of();

  RemoteWriteQueues(Duration flushDeadline) {
    this.flushDeadline = flushDeadline;
  }

  /** The running queues, for the storage tee. */
  List<QueueManager> current() {
    return current;
  }

  @Override
  public synchronized void apply(PrometheusConfig config) throws IOException {
    Map<RemoteWriteConfig, QueueManager> next = new LinkedHashMap<>();
    List<QueueManager> started = new ArrayList<>();
    for (RemoteWriteConfig remote : config.remoteWrite()) {
      QueueManager kept = queues.get(remote);
      if (kept != null && !next.containsValue(kept)) {
        next.put(remote, kept);
        continue;
      }
      QueueManager queue = new QueueManager(endpoint(remote, config.global().externalLabels()));
      next.put(remote, queue);
      started.add(queue);
    }
    for (Map.Entry<RemoteWriteConfig, QueueManager> old : queues.entrySet()) {
      if (!next.containsValue(old.getValue())) {
        old.getValue().stop(flushDeadline);
      }
    }
    started.forEach(QueueManager::start);
    queues = next;
    current = List.copyOf(next.values());
    if (!started.isEmpty()) {
      LOG.atInfo().addKeyValue("queues", started.size()).log("Started remote write queues");
    }
  }

  private static RemoteWriteEndpoint endpoint(RemoteWriteConfig remote, Labels externalLabels) throws IOException {
    RemoteWriteConfig.QueueConfig queue = remote.queue();
    QueueConfig queueConfig = new QueueConfig((int) queue.capacity(), (int) Math.max(1, queue.minShards()),
        (int) queue.maxSamplesPerSend(), Duration.ofMillis(queue.batchSendDeadlineMillis()),
        Duration.ofMillis(queue.minBackoffMillis()), Duration.ofMillis(queue.maxBackoffMillis()),
        queue.retryOnHttp429());
    Relabeler relabeler = Relabeler.of(remote.writeRelabelConfigs());
    Function<Labels, Labels> outgoing = labels -> {
      Labels withExternal = withExternalLabels(labels, externalLabels);
      return relabeler.isEmpty() ? withExternal : relabeler.process(withExternal);
    };
    return new RemoteWriteEndpoint(remote.name(), URI.create(remote.url()),
        Duration.ofMillis(remote.remoteTimeoutMillis()), remote.headers(), authorization(remote.http()), outgoing,
        queueConfig);
  }

  static Labels withExternalLabels(Labels labels, Labels externalLabels) {
    if (externalLabels.isEmpty()) {
      return labels;
    }
    LabelsBuilder builder = labels.toBuilder();
    for (int i = 0; i < externalLabels.size(); i++) {
      if (!labels.has(externalLabels.name(i))) {
        builder.set(externalLabels.name(i), externalLabels.value(i));
      }
    }
    return builder.build();
  }

  private static Authorization authorization(HttpClientConfig http) throws IOException {
    if (http.basicAuth() != null) {
      String password = http.basicAuth().passwordFile() != null
          ? Files.readString(Path.of(http.basicAuth().passwordFile())).strip()
          : http.basicAuth().password();
      return new Authorization.Basic(http.basicAuth().username(), password);
    }
    if (http.authorization() != null) {
      String credentials = http.authorization().credentialsFile() != null
          ? Files.readString(Path.of(http.authorization().credentialsFile())).strip()
          : http.authorization().credentials();
      return new Authorization.Bearer(credentials);
    }
    return new Authorization.None();
  }

  /**
   * Reports every queue's statistics under Prometheus' remote-storage metric names, labelled by
   * {@code remote_name} and {@code url} as Prometheus labels them.
   */
  void report(VisitedMetrics.Sink sink) {
    for (QueueManager queue : current) {
      QueueStats stats = queue.stats();
      String[] labels = {"remote_name", stats.remoteName(), "url", stats.url()};
      sink.gauge("argus_remote_storage_samples_pending", "Samples waiting to be sent.", stats.samplesPending(), labels);
      sink.counter("argus_remote_storage_samples_total", "Samples sent.", stats.samplesTotal(), labels);
      sink.counter("argus_remote_storage_samples_failed_total", "Samples that failed for good.",
          stats.samplesFailedTotal(), labels);
      sink.counter("argus_remote_storage_samples_retried_total", "Samples retried after a recoverable failure.",
          stats.samplesRetriedTotal(), labels);
      sink.counter("argus_remote_storage_samples_dropped_total", "Samples dropped by write_relabel_configs.",
          stats.samplesDroppedTotal(), labels);
      sink.counter("argus_remote_storage_samples_dropped_queue_full_total", "Samples dropped because the queue was full.",
          stats.samplesDroppedQueueFullTotal(), labels);
      sink.counter("argus_remote_storage_bytes_total", "Compressed bytes sent.", stats.bytesTotal(), labels);
      sink.summary("argus_remote_storage_sent_batch_duration_seconds", "Duration of send calls.",
          stats.sentBatchDurationSecondsCount(), stats.sentBatchDurationSecondsSum(), labels);
      sink.gauge("argus_remote_storage_queue_highest_sent_timestamp_seconds",
          "Newest sample timestamp successfully sent.", stats.highestSentTimestampSeconds(), labels);
      sink.gauge("argus_remote_storage_shards", "Shards sending in parallel.", stats.shards(), labels);
    }
  }

  @Override
  public synchronized void close() {
    for (QueueManager queue : queues.values()) {
      queue.stop(flushDeadline);
    }
    queues = Map.of();
    current = List.of();
  }
}
