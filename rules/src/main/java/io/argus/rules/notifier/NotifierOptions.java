package io.argus.rules.notifier;

import io.argus.core.label.Labels;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * @param queueCapacity {@code --alertmanager.notification-queue-capacity} (10000)
 * @param maxBatchSize alerts per request (Prometheus: 64)
 * @param timeout per request ({@code alerting.alertmanagers[].timeout}, 10s)
 * @param externalLabels added to every alert's labels unless it has the label already
 * @param relabel {@code alert_relabel_configs}: returns the new labels, or null to drop the alert
 */
public record NotifierOptions(
    int queueCapacity,
    int maxBatchSize,
    Duration timeout,
    Map<String, String> externalLabels,
    UnaryOperator<Labels> relabel) {

  public NotifierOptions {
    if (queueCapacity <= 0 || maxBatchSize <= 0) {
      throw new IllegalArgumentException(
          "queue capacity and batch size must be positive, got " + queueCapacity + " and " + maxBatchSize);
    }
    externalLabels = Map.copyOf(externalLabels);
    relabel = relabel == null ? UnaryOperator.identity() : relabel;
  }

  /** Prometheus' defaults, no external labels, no relabeling. */
  public static NotifierOptions defaults() {
    return new NotifierOptions(10_000, 64, Duration.ofSeconds(10), Map.of(), null);
  }
}
