package io.argus.ingest.sender;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import io.argus.ingest.fake.RecordingStorage.Sample;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QueueManagerTest {

  private static final Duration NEVER = Duration.ofHours(1);

  private final ScriptedWriteClient client = new ScriptedWriteClient();
  private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
  private final Sleeper recordingSleeper = sleeps::add;
  private QueueManager queue;

  @AfterEach
  void stopQueue() {
    if (queue != null) {
      queue.stop(Duration.ZERO);
    }
  }

  private QueueManager start(QueueConfig config, Function<Labels, Labels> relabel) {
    RemoteWriteEndpoint endpoint = new RemoteWriteEndpoint("test", URI.create("http://127.0.0.1:1/api/v1/write"),
        null, null, null, relabel, config);
    queue = new QueueManager(endpoint, client, recordingSleeper);
    queue.start();
    return queue;
  }

  private static Labels series(String job, int instance) {
    return Labels.of("__name__", "up", "job", job, "instance", "host-" + instance);
  }

  private static void awaitTrue(BooleanSupplier condition) {
    while (!condition.getAsBoolean()) {
      Thread.onSpinWait();
      Thread.yield();
    }
  }

  @Test
  void batchesByMaxSamplesPerSendAndFlushesTheRestAtStop() {
    start(QueueConfig.defaults().withBatching(3, NEVER), null);
    for (int i = 0; i < 7; i++) {
      queue.append(series("a", 1), 1000 + i, i);
    }
    queue.stop(Duration.ofSeconds(10));

    assertThat(client.batchSizes()).containsExactly(3, 3, 1);
    assertThat(client.received.committed()).extracting(Sample::timestampMillis)
        .containsExactly(1000L, 1001L, 1002L, 1003L, 1004L, 1005L, 1006L);
    QueueStats stats = queue.stats();
    assertThat(stats.samplesTotal()).isEqualTo(7);
    assertThat(stats.samplesPending()).isZero();
    assertThat(stats.highestSentTimestampSeconds()).isEqualTo(1.006);
    assertThat(stats.metrics()).containsEntry("argus_remote_storage_samples_total", 7.0)
        .containsKeys("argus_remote_storage_samples_pending", "argus_remote_storage_samples_failed_total",
            "argus_remote_storage_samples_retried_total", "argus_remote_storage_sent_batch_duration_seconds_count");
  }

  @Test
  @org.junit.jupiter.api.Timeout(30)
  void anIdleShardWakesForTheFirstSampleAndSendsItAtTheDeadline() {
    start(QueueConfig.defaults().withBatching(1000, Duration.ofMillis(1)), null);
    for (int i = 0; i < 20; i++) {
      queue.append(series("a", 1), 10 + i, i);
      int sent = i + 1;
      awaitTrue(() -> client.batchSizes().size() == sent);
    }
    assertThat(client.batchSizes()).hasSize(20).containsOnly(1);
  }

  @Test
  void sendsAPartialBatchAfterTheDeadline() {
    start(QueueConfig.defaults().withBatching(1000, Duration.ofMillis(1)), null);
    queue.append(series("a", 1), 5, 1);
    awaitTrue(() -> queue.stats().samplesPending() == 0);
    assertThat(client.batchSizes()).containsExactly(1);
  }

  @Test
  void retriesServerErrorsWithDoublingBackoff() {
    client.then(500, 0).then(503, 0).then(502, 0);
    start(QueueConfig.defaults().withBatching(2, NEVER), null);
    queue.append(series("a", 1), 1, 1);
    queue.append(series("a", 2), 1, 1);
    awaitTrue(() -> queue.stats().samplesPending() == 0);

    assertThat(sleeps).containsExactly(Duration.ofMillis(30), Duration.ofMillis(60), Duration.ofMillis(120));
    QueueStats stats = queue.stats();
    assertThat(stats.samplesRetriedTotal()).isEqualTo(6);
    assertThat(stats.samplesTotal()).isEqualTo(2);
    assertThat(stats.samplesFailedTotal()).isZero();
    assertThat(stats.sentBatchDurationSecondsCount()).isEqualTo(4);
    assertThat(client.received.committed()).hasSize(2);
  }

  @Test
  void backoffIsCappedAtMaxBackoff() {
    for (int i = 0; i < 12; i++) {
      client.then(500, 0);
    }
    start(QueueConfig.defaults().withBatching(1, NEVER), null);
    queue.append(series("a", 1), 1, 1);
    awaitTrue(() -> queue.stats().samplesPending() == 0);
    assertThat(sleeps).hasSize(12).last().isEqualTo(Duration.ofSeconds(5));
    assertThat(sleeps.get(7)).isEqualTo(Duration.ofMillis(3840));
  }

  @Test
  void rateLimitIsRetriedAfterRetryAfterWhenConfigured() {
    client.then(429, 2000);
    start(QueueConfig.defaults().withBatching(1, NEVER), null);
    queue.append(series("a", 1), 1, 1);
    awaitTrue(() -> queue.stats().samplesPending() == 0);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
    assertThat(client.received.committed()).hasSize(1);
  }

  @Test
  void rateLimitIsDroppedWhenNotRetried() {
    client.then(429, 0);
    start(QueueConfig.defaults().withBatching(1, NEVER).withRetryOnRateLimit(false), null);
    queue.append(series("a", 1), 1, 1);
    awaitTrue(() -> queue.stats().samplesPending() == 0);
    assertThat(queue.stats().samplesFailedTotal()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void clientErrorsDropTheBatchWithoutRetry() {
    client.then(400, 0);
    start(QueueConfig.defaults().withBatching(2, NEVER), null);
    queue.append(series("a", 1), 1, 1);
    queue.append(series("a", 2), 1, 1);
    queue.append(series("a", 3), 2, 1);
    queue.stop(Duration.ofSeconds(10));
    QueueStats stats = queue.stats();
    assertThat(stats.samplesFailedTotal()).isEqualTo(2);
    assertThat(stats.samplesRetriedTotal()).isZero();
    assertThat(client.received.committed()).extracting(Sample::labels).containsExactly(series("a", 3));
  }

  @Test
  void writeRelabelingRewritesAndDrops() {
    start(QueueConfig.defaults().withBatching(10, NEVER), labels ->
        labels.get("job").equals("secret") ? null : labels.toBuilder().set("sent_by", "argus").build());
    assertThat(queue.append(series("secret", 1), 1, 1)).isFalse();
    assertThat(queue.append(series("public", 1), 1, 1)).isTrue();
    queue.stop(Duration.ofSeconds(10));
    assertThat(queue.stats().samplesDroppedTotal()).isEqualTo(1);
    assertThat(client.received.committed()).extracting(Sample::labels)
        .containsExactly(series("public", 1).toBuilder().set("sent_by", "argus").build());
  }

  @Test
  void fullShardDropsAndCounts() {
    CountDownLatch release = new CountDownLatch(1);
    client.holdAt(release);
    start(QueueConfig.defaults().withBatching(1, NEVER).withCapacity(2), null);
    assertThat(queue.append(series("a", 1), 1, 1)).isTrue();
    awaitTrue(() -> client.sends() == 1);
    assertThat(queue.append(series("a", 1), 2, 1)).isTrue();
    assertThat(queue.append(series("a", 1), 3, 1)).isTrue();
    assertThat(queue.append(series("a", 1), 4, 1)).isFalse();
    assertThat(queue.stats().samplesDroppedQueueFullTotal()).isEqualTo(1);
    assertThat(queue.stats().samplesPending()).isEqualTo(3);
    release.countDown();
    queue.stop(Duration.ofSeconds(10));
    assertThat(client.received.committed()).extracting(Sample::timestampMillis).containsExactly(1L, 2L, 3L);
  }

  @Test
  void shardsKeepEachSeriesInOrder() {
    start(QueueConfig.defaults().withShards(4).withBatching(7, NEVER), null);
    for (int t = 0; t < 50; t++) {
      for (int s = 0; s < 10; s++) {
        queue.append(series("a", s), t, t);
      }
    }
    queue.stop(Duration.ofSeconds(10));
    assertThat(client.received.committed()).hasSize(500);
    for (int s = 0; s < 10; s++) {
      Labels labels = series("a", s);
      assertThat(client.received.committed().stream().filter(x -> x.labels().equals(labels)).map(Sample::timestampMillis))
          .isSorted().hasSize(50);
    }
  }

  @Test
  void stopGivesUpRetryingAfterTheFlushDeadline() {
    for (int i = 0; i < 100; i++) {
      client.then(503, 0);
    }
    start(QueueConfig.defaults().withBatching(10, NEVER), null);
    queue.append(series("a", 1), 1, 1);
    queue.stop(Duration.ZERO);
    assertThat(queue.stats().samplesFailedTotal()).isEqualTo(1);
    assertThat(client.received.committed()).isEmpty();
    assertThat(queue.append(series("a", 1), 2, 1)).isFalse();
  }
}
