package io.argus.alertmanager.dispatch;

import io.argus.alertmanager.alert.Alert;
import io.argus.alertmanager.route.Route;
import io.argus.core.label.Labels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alerts of one route that share the values of the route's group-by labels, and the group's
 * schedule. A new group first flushes {@code group_wait} after creation (at once if an alert
 * already started longer ago than that), then every {@code group_interval}. Guarded by the
 * {@link Dispatcher}'s lock; not thread-safe on its own.
 */
final class AggregationGroup {

  private final Route route;
  private final Labels groupLabels;
  private final String groupKey;
  private final Map<Long, Alert> alerts = new LinkedHashMap<>();
  private long nextFlushMillis;
  private boolean hasFlushed;
  private boolean flushing;

  AggregationGroup(Route route, Labels groupLabels, long nowMillis) {
    this.route = route;
    this.groupLabels = groupLabels;
    this.groupKey = route.key() + ":" + groupLabels;
    this.nextFlushMillis = nowMillis + route.options().groupWaitMillis();
  }

  /** Adds or replaces an alert; a first alert that is already old enough makes the group due now. */
  void insert(Alert alert, long nowMillis) {
    alerts.put(alert.fingerprint(), alert);
    if (!hasFlushed && alert.startsAtMillis() + route.options().groupWaitMillis() < nowMillis) {
      nextFlushMillis = Math.min(nextFlushMillis, nowMillis);
    }
  }

  boolean isDue(long nowMillis) {
    return !flushing && !alerts.isEmpty() && nextFlushMillis <= nowMillis;
  }

  /**
   * Starts a flush: schedules the next one a group interval later and returns the alerts to send,
   * sorted, with the end of still-firing alerts cleared so a notification never shows a future
   * end as if the alert had resolved.
   */
  List<Alert> beginFlush(long nowMillis) {
    flushing = true;
    hasFlushed = true;
    nextFlushMillis = nowMillis + route.options().groupIntervalMillis();
    List<Alert> snapshot = new ArrayList<>(alerts.size());
    for (Alert alert : alerts.values()) {
      snapshot.add(alert.resolvedAt(nowMillis) ? alert : alert.withEndsAt(0));
    }
    snapshot.sort(AlertOrder.INSTANCE);
    return snapshot;
  }

  /**
   * Ends a flush. After a successful notification the resolved alerts that were sent are dropped,
   * unless they were updated meanwhile.
   */
  void endFlush(List<Alert> sent, boolean succeeded, long nowMillis) {
    flushing = false;
    if (!succeeded) {
      return;
    }
    for (Alert alert : sent) {
      Alert current = alerts.get(alert.fingerprint());
      if (current != null && alert.resolvedAt(nowMillis) && current.updatedAtMillis() == alert.updatedAtMillis()) {
        alerts.remove(alert.fingerprint());
      }
    }
  }

  boolean isEmpty() {
    return alerts.isEmpty();
  }

  boolean isFlushing() {
    return flushing;
  }

  long nextFlushMillis() {
    return nextFlushMillis;
  }

  Route route() {
    return route;
  }

  Labels groupLabels() {
    return groupLabels;
  }

  String groupKey() {
    return groupKey;
  }

  List<Alert> alerts() {
    return new ArrayList<>(alerts.values());
  }
}
