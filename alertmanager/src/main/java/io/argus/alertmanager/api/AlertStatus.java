package io.argus.alertmanager.api;

import java.util.List;

/** {@code alertStatus}: {@code state} is {@code active}, {@code suppressed} or {@code unprocessed}. */
public record AlertStatus(String state, List<String> silencedBy, List<String> inhibitedBy) {

  public AlertStatus {
    silencedBy = List.copyOf(silencedBy);
    inhibitedBy = List.copyOf(inhibitedBy);
  }
}
