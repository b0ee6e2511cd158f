package io.argus.alertmanager.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code gettableAlert}: a stored alert with its fingerprint, receivers and status. */
public record GettableAlert(
    Map<String, String> labels,
    Map<String, String> annotations,
    Instant startsAt,
    Instant endsAt,
    Instant updatedAt,
    String generatorURL,
    String fingerprint,
    List<Receiver> receivers,
    AlertStatus status) {

  public GettableAlert {
    receivers = List.copyOf(receivers);
  }
}
