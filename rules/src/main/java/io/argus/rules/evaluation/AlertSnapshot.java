package io.argus.rules.evaluation;

import io.argus.core.label.Labels;

/**
 * An immutable copy of one alert's state. Times are epoch milliseconds; {@link #NO_TIME} means
 * unset (Go's zero time).
 *
 * @param labels the alert's identifying labels, {@code alertname} included
 * @param activeAtMillis when the alert became pending (possibly restored after a restart)
 * @param firedAtMillis when it started firing
 * @param resolvedAtMillis when it resolved
 * @param lastSentAtMillis when it was last handed to the notifier
 * @param validUntilMillis the {@code endsAt} sent for a firing alert
 * @param keepFiringSinceMillis since when it fires only because of {@code keep_firing_for}
 * @param value the value of the sample that produced the alert at the last evaluation
 */
public record AlertSnapshot(
    Labels labels,
    Labels annotations,
    AlertState state,
    long activeAtMillis,
    long firedAtMillis,
    long resolvedAtMillis,
    long lastSentAtMillis,
    long validUntilMillis,
    long keepFiringSinceMillis,
    double value) {

  /** The "unset" time. */
  public static final long NO_TIME = Long.MIN_VALUE;

  /** Whether the alert was firing and has resolved. */
  public boolean resolved() {
    return resolvedAtMillis != NO_TIME && state == AlertState.INACTIVE;
  }
}
