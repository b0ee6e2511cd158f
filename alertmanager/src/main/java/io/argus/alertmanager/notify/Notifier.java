package io.argus.alertmanager.notify;

import java.util.List;

/**
 * One receiver integration (a webhook, an email address, …). Called from the flush of an
 * aggregation group, possibly concurrently for different groups, so implementations are
 * thread-safe. A call blocks until the attempt is over; it must give up by itself within a
 * bounded time (a request timeout) so a hanging peer cannot stall retries forever.
 */
public interface Notifier extends AutoCloseable {

  /** The integration's name as Alertmanager labels it in metrics: {@code webhook}, {@code email}. */
  String integrationName();

  /** Whether resolved alerts are sent ({@code send_resolved}). */
  boolean sendResolved();

  /**
   * Makes one delivery attempt of {@code alerts} (never empty, resolved ones already removed when
   * {@link #sendResolved()} is false).
   */
  DeliveryOutcome deliver(NotificationData data, List<AlertData> alerts);

  /**
   * Releases connections and threads; called when a reload replaces this integration. Deliveries
   * already under way may finish; later ones fail.
   */
  @Override
  default void close() {}
}
