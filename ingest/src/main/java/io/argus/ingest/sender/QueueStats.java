package io.argus.ingest.sender;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A snapshot of one queue's counters, named after Prometheus' {@code prometheus_remote_storage_*}
 * metrics with the {@code argus_} prefix; the server exports them labelled with {@code remote_name}
 * and {@code url}.
 *
 * @param samplesPending samples queued and not yet sent or given up
 * @param samplesTotal samples handed to the endpoint in a batch (each counted once, however often
 *     retried)
 * @param samplesFailedTotal samples given up: refused with a non-retryable status, or still
 *     unsent when the queue stopped
 * @param samplesRetriedTotal samples re-sent after a retryable failure (once per retry)
 * @param samplesDroppedTotal samples dropped by write relabeling
 * @param samplesDroppedQueueFullTotal samples dropped because the shard's queue was full
 * @param bytesTotal compressed request bytes produced
 * @param sentBatchDurationSecondsSum total time spent in send attempts
 * @param sentBatchDurationSecondsCount number of send attempts
 * @param highestSentTimestampSeconds the newest sample timestamp successfully sent
 * @param shards the number of shards
 */
public record QueueStats(
    String remoteName,
    String url,
    long samplesPending,
    long samplesTotal,
    long samplesFailedTotal,
    long samplesRetriedTotal,
    long samplesDroppedTotal,
    long samplesDroppedQueueFullTotal,
    long bytesTotal,
    double sentBatchDurationSecondsSum,
    long sentBatchDurationSecondsCount,
    double highestSentTimestampSeconds,
    int shards) {

  static QueueStats of(String remoteName, String url, QueueCounters counters, int shards) {
    return new QueueStats(
        remoteName,
        url,
        counters.samplesPending.sum(),
        counters.samplesTotal.sum(),
        counters.samplesFailed.sum(),
        counters.samplesRetried.sum(),
        counters.samplesDropped.sum(),
        counters.samplesDroppedQueueFull.sum(),
        counters.bytesTotal.sum(),
        counters.sentBatchNanosSum.sum() / 1e9,
        counters.sentBatchCount.sum(),
        counters.highestSentTimestampMillis.get() / 1000.0,
        shards);
  }

  /** Metric name to value, in Prometheus' naming with the {@code argus_} prefix. */
  public Map<String, Double> metrics() {
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("argus_remote_storage_samples_pending", (double) samplesPending);
    metrics.put("argus_remote_storage_samples_total", (double) samplesTotal);
    metrics.put("argus_remote_storage_samples_failed_total", (double) samplesFailedTotal);
    metrics.put("argus_remote_storage_samples_retried_total", (double) samplesRetriedTotal);
    metrics.put("argus_remote_storage_samples_dropped_total", (double) samplesDroppedTotal);
    metrics.put("argus_remote_storage_samples_dropped_queue_full_total", (double) samplesDroppedQueueFullTotal);
    metrics.put("argus_remote_storage_bytes_total", (double) bytesTotal);
    metrics.put("argus_remote_storage_sent_batch_duration_seconds_sum", sentBatchDurationSecondsSum);
    metrics.put("argus_remote_storage_sent_batch_duration_seconds_count", (double) sentBatchDurationSecondsCount);
    metrics.put("argus_remote_storage_queue_highest_sent_timestamp_seconds", highestSentTimestampSeconds);
    metrics.put("argus_remote_storage_shards", (double) shards);
    return metrics;
  }
}
