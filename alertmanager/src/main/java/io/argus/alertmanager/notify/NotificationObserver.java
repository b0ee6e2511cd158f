package io.argus.alertmanager.notify;

/**
 * Told about every finished delivery (after retries), so the server can count notifications and
 * failures per integration and record latency without this module depending on a metrics
 * library. Called from flush threads; implementations must be thread-safe and quick.
 */
@FunctionalInterface
public interface NotificationObserver {

  NotificationObserver NONE = (receiver, integration, outcome, attempts, durationNanos) -> {};

  void delivered(String receiver, String integration, DeliveryOutcome outcome, int attempts,
      long durationNanos);
}
