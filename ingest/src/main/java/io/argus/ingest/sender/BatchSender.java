package io.argus.ingest.sender;

import io.argus.core.label.Labels;
import io.argus.ingest.remotewrite.WriteRequestV1Encoder;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Encodes one batch as a remote write 1.0 request (one series entry per sample, as Prometheus'
 * sender does) and sends it until it succeeds, is refused for good, or the queue gives up:
 * recoverable failures (network, 5xx, 429 when configured) are retried after an exponential
 * backoff from {@code minBackoff} doubling to {@code maxBackoff}, or after the server's
 * {@code Retry-After}. One per shard; not thread-safe.
 */
final class BatchSender {

  private static final System.Logger LOG = System.getLogger(BatchSender.class.getName());

  private final RemoteWriteEndpoint endpoint;
  private final WriteClient client;
  private final Sleeper sleeper;
  private final QueueCounters counters;
  private final WriteRequestV1Encoder encoder = new WriteRequestV1Encoder();

  BatchSender(RemoteWriteEndpoint endpoint, WriteClient client, Sleeper sleeper, QueueCounters counters) {
    this.endpoint = endpoint;
    this.client = client;
    this.sleeper = sleeper;
    this.counters = counters;
  }

  /**
   * Sends {@code count} samples from the arrays.
   *
   * @param keepRetrying false once the queue is shutting down past its flush deadline
   */
  void send(Labels[] labels, long[] timestamps, double[] values, int count, BooleanSupplier keepRetrying) {
    encoder.reset();
    long maxTimestamp = Long.MIN_VALUE;
    for (int i = 0; i < count; i++) {
      encoder.addSeries(labels[i], timestamps, values, i, 1);
      maxTimestamp = Math.max(maxTimestamp, timestamps[i]);
    }
    byte[] body = encoder.toSnappyBody();
    counters.samplesTotal.add(count);
    counters.bytesTotal.add(body.length);
    QueueConfig queue = endpoint.queue();
    Duration backoff = queue.minBackoff();
    while (true) {
      long start = System.nanoTime();
      SendOutcome outcome = client.send(body);
      counters.sentBatchNanosSum.add(System.nanoTime() - start);
      counters.sentBatchCount.increment();
      if (outcome.success()) {
        counters.sent(maxTimestamp);
        break;
      }
      if (!outcome.recoverable(queue.retryOnRateLimit())) {
        counters.samplesFailed.add(count);
        LOG.log(System.Logger.Level.ERROR, "remote_write {0}: {1} samples refused with status {2}, dropped: {3}",
            endpoint.name(), count, outcome.httpStatus(), outcome.message());
        break;
      }
      if (!keepRetrying.getAsBoolean()) {
        counters.samplesFailed.add(count);
        LOG.log(System.Logger.Level.WARNING, "remote_write {0}: giving up on {1} samples at shutdown: {2}",
            endpoint.name(), count, outcome.message());
        break;
      }
      counters.samplesRetried.add(count);
      LOG.log(System.Logger.Level.WARNING, "remote_write {0}: status {1}, retrying {2} samples: {3}",
          endpoint.name(), outcome.httpStatus(), count, outcome.message());
      Duration wait = outcome.retryAfterMillis() > 0 ? Duration.ofMillis(outcome.retryAfterMillis()) : backoff;
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        counters.samplesFailed.add(count);
        break;
      }
      Duration doubled = backoff.isZero() ? Duration.ofMillis(1) : backoff.multipliedBy(2);
      backoff = doubled.compareTo(queue.maxBackoff()) > 0 ? queue.maxBackoff() : doubled;
    }
    counters.samplesPending.add(-count);
  }
}
