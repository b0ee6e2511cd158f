package io.argus.ingest.sender;

import java.time.Duration;

/**
 * The {@code queue_config} of one endpoint.
 *
 * @param capacity samples each shard buffers; when a shard is full, new samples are dropped and
 *     counted (Prometheus blocks its WAL reader instead, which needs the WAL-based queue)
 * @param shards the number of shards sending concurrently (fixed: Prometheus' min_shards; dynamic
 *     resharding up to max_shards is not implemented)
 * @param maxSamplesPerSend the most samples in one request
 * @param batchSendDeadline the longest a sample waits for its batch to fill
 * @param minBackoff the first retry delay
 * @param maxBackoff the cap of the doubling retry delay
 * @param retryOnRateLimit whether 429 is retried (true) or dropped like other 4xx
 */
public record QueueConfig(
    int capacity,
    int shards,
    int maxSamplesPerSend,
    Duration batchSendDeadline,
    Duration minBackoff,
    Duration maxBackoff,
    boolean retryOnRateLimit) {

  public QueueConfig {
    if (capacity <= 0 || shards <= 0 || maxSamplesPerSend <= 0) {
      throw new IllegalArgumentException("expected capacity, shards and maxSamplesPerSend > 0, got "
          + capacity + ", " + shards + ", " + maxSamplesPerSend);
    }
    if (batchSendDeadline.isNegative() || batchSendDeadline.isZero() || minBackoff.isNegative()
        || maxBackoff.compareTo(minBackoff) < 0) {
      throw new IllegalArgumentException("expected batchSendDeadline > 0 and 0 <= minBackoff <= maxBackoff, got "
          + batchSendDeadline + ", " + minBackoff + ", " + maxBackoff);
    }
  }

  /**
   * Prometheus' defaults: capacity 10000, max_samples_per_send 2000, batch_send_deadline 5s,
   * min_backoff 30ms, max_backoff 5s, retry_on_http_429 true; one shard.
   */
  public static QueueConfig defaults() {
    return new QueueConfig(10_000, 1, 2_000, Duration.ofSeconds(5), Duration.ofMillis(30), Duration.ofSeconds(5), true);
  }

  public QueueConfig withShards(int count) {
    return new QueueConfig(capacity, count, maxSamplesPerSend, batchSendDeadline, minBackoff, maxBackoff, retryOnRateLimit);
  }

  public QueueConfig withBatching(int samplesPerSend, Duration deadline) {
    return new QueueConfig(capacity, shards, samplesPerSend, deadline, minBackoff, maxBackoff, retryOnRateLimit);
  }

  public QueueConfig withCapacity(int samples) {
    return new QueueConfig(samples, shards, maxSamplesPerSend, batchSendDeadline, minBackoff, maxBackoff, retryOnRateLimit);
  }

  public QueueConfig withRetryOnRateLimit(boolean retry) {
    return new QueueConfig(capacity, shards, maxSamplesPerSend, batchSendDeadline, minBackoff, maxBackoff, retry);
  }
}
