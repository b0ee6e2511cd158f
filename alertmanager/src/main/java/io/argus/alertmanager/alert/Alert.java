package io.argus.alertmanager.alert;

import io.argus.core.label.Labels;
import java.util.Objects;

/**
 * An alert as the Alertmanager keeps it. {@code endsAtMillis} of 0 means "firing, no end known";
 * {@code timeout} says the end was not posted but derived from {@code resolve_timeout}, which a
 * later explicit end may shorten when merging. {@code updatedAtMillis} is when it was last
 * received; it tells a re-posted alert from the copy a notification was built from.
 */
public record Alert(
    Labels labels,
    Labels annotations,
    long startsAtMillis,
    long endsAtMillis,
    long updatedAtMillis,
    String generatorUrl,
    boolean timeout) {

  public Alert {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(annotations, "annotations");
    generatorUrl = generatorUrl == null ? "" : generatorUrl;
  }

  public long fingerprint() {
    return Fingerprint.of(labels);
  }

  /** Whether the alert has ended at {@code nowMillis} (Alertmanager's {@code ResolvedAt}). */
  public boolean resolvedAt(long nowMillis) {
    return endsAtMillis != 0 && endsAtMillis <= nowMillis;
  }

  public Alert withEndsAt(long newEndsAtMillis) {
    return new Alert(labels, annotations, startsAtMillis, newEndsAtMillis, updatedAtMillis, generatorUrl, timeout);
  }

  /**
   * Combines this alert with a newer post of the same labels as Alertmanager does: the younger
   * copy (by update time) wins, keeping the earliest start; if the younger one is resolved, the
   * latest explicit end of two resolved copies wins; otherwise a later end of the older copy wins
   * unless it was only a timeout.
   */
  public Alert merge(Alert other, long nowMillis) {
    if (other.updatedAtMillis < updatedAtMillis) {
      return other.merge(this, nowMillis);
    }
    long startsAt = Math.min(startsAtMillis, other.startsAtMillis);
    long endsAt = other.endsAtMillis;
    if (other.resolvedAt(nowMillis)) {
      if (resolvedAt(nowMillis) && endsAtMillis > other.endsAtMillis) {
        endsAt = endsAtMillis;
      }
    } else if (endsAtMillis > other.endsAtMillis && !timeout) {
      endsAt = endsAtMillis;
    }
    return new Alert(other.labels, other.annotations, startsAt, endsAt, other.updatedAtMillis,
        other.generatorUrl, other.timeout);
  }
}
