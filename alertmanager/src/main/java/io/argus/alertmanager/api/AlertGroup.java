package io.argus.alertmanager.api;

import java.util.List;
import java.util.Map;

/** {@code alertGroup}: an aggregation group's labels, receiver and alerts. */
public record AlertGroup(Map<String, String> labels, Receiver receiver, List<GettableAlert> alerts) {

  public AlertGroup {
    alerts = List.copyOf(alerts);
  }
}
