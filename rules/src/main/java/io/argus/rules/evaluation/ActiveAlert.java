package io.argus.rules.evaluation;

import io.argus.core.label.Labels;

/** The mutable state of one alert of one rule; guarded by the rule's lock. */
final class ActiveAlert {

  final Labels labels;
  Labels annotations;
  AlertState state;
  long activeAtMillis;
  long firedAtMillis = AlertSnapshot.NO_TIME;
  long resolvedAtMillis = AlertSnapshot.NO_TIME;
  long lastSentAtMillis = AlertSnapshot.NO_TIME;
  long validUntilMillis = AlertSnapshot.NO_TIME;
  long keepFiringSinceMillis = AlertSnapshot.NO_TIME;
  double value;

  ActiveAlert(Labels labels, Labels annotations, long activeAtMillis, double value) {
    this.labels = labels;
    this.annotations = annotations;
    this.state = AlertState.PENDING;
    this.activeAtMillis = activeAtMillis;
    this.value = value;
  }

  ActiveAlert(AlertSnapshot snapshot) {
    this.labels = snapshot.labels();
    this.annotations = snapshot.annotations();
    this.state = snapshot.state();
    this.activeAtMillis = snapshot.activeAtMillis();
    this.firedAtMillis = snapshot.firedAtMillis();
    this.resolvedAtMillis = snapshot.resolvedAtMillis();
    this.lastSentAtMillis = snapshot.lastSentAtMillis();
    this.validUntilMillis = snapshot.validUntilMillis();
    this.keepFiringSinceMillis = snapshot.keepFiringSinceMillis();
    this.value = snapshot.value();
  }

  /** Prometheus' {@code needsSending}: never pending; resolved since last send; or resend due. */
  boolean needsSending(long timestampMillis, long resendDelayMillis) {
    if (state == AlertState.PENDING) {
      return false;
    }
    if (resolvedAtMillis != AlertSnapshot.NO_TIME
        && (lastSentAtMillis == AlertSnapshot.NO_TIME || resolvedAtMillis > lastSentAtMillis)) {
      return true;
    }
    return lastSentAtMillis == AlertSnapshot.NO_TIME || lastSentAtMillis + resendDelayMillis < timestampMillis;
  }

  AlertSnapshot snapshot() {
    return new AlertSnapshot(
        labels,
        annotations,
        state,
        activeAtMillis,
        firedAtMillis,
        resolvedAtMillis,
        lastSentAtMillis,
        validUntilMillis,
        keepFiringSinceMillis,
        value);
  }
}
