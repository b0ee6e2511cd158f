package io.argus.alertmanager.notify;

import io.argus.core.label.Labels;

/**
 * An alert as notifications present it (Alertmanager's template {@code Alert}): status {@code
 * firing} or {@code resolved}; a firing alert's {@code endsAtMillis} is 0 so it never appears to
 * resolve in the payload; {@code fingerprint} is 16 hex digits.
 */
public record AlertData(
    String status,
    Labels labels,
    Labels annotations,
    long startsAtMillis,
    long endsAtMillis,
    String generatorUrl,
    String fingerprint) {

  public boolean firing() {
    return status.equals("firing");
  }
}
