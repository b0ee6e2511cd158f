package io.argus.alertmanager.alert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All alerts the Alertmanager knows, by fingerprint. A post of an alert whose activity overlaps
 * the stored one is merged into it ({@link Alert#merge}); a post that does not overlap (a new
 * firing after the old one ended) replaces it. {@link #collectGarbage} drops resolved alerts.
 * Thread-safe: every method locks the store.
 */
public final class AlertStore {

  private final Map<Long, Alert> alerts = new HashMap<>();

  /** Stores {@code alert}, merging it with an overlapping stored copy; returns what is stored. */
  public synchronized Alert put(Alert alert, long nowMillis) {
    long fingerprint = alert.fingerprint();
    Alert old = alerts.get(fingerprint);
    Alert stored = alert;
    if (old != null && overlaps(old, alert)) {
      stored = old.merge(alert, nowMillis);
    }
    alerts.put(fingerprint, stored);
    return stored;
  }

  private static boolean overlaps(Alert old, Alert alert) {
    long oldEnd = old.endsAtMillis() == 0 ? Long.MAX_VALUE : old.endsAtMillis();
    long newEnd = alert.endsAtMillis() == 0 ? Long.MAX_VALUE : alert.endsAtMillis();
    return (newEnd > old.startsAtMillis() && newEnd < oldEnd)
        || (alert.startsAtMillis() > old.startsAtMillis() && alert.startsAtMillis() < oldEnd);
  }

  public synchronized Alert get(long fingerprint) {
    return alerts.get(fingerprint);
  }

  /** A snapshot of every stored alert, in no particular order. */
  public synchronized List<Alert> list() {
    return new ArrayList<>(alerts.values());
  }

  public synchronized int size() {
    return alerts.size();
  }

  /** Removes the alerts resolved at {@code nowMillis} and returns them. */
  public synchronized List<Alert> collectGarbage(long nowMillis) {
    List<Alert> removed = new ArrayList<>();
    alerts.values().removeIf(alert -> {
      if (alert.resolvedAt(nowMillis)) {
        removed.add(alert);
        return true;
      }
      return false;
    });
    return removed;
  }
}
