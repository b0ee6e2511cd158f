package io.argus.alertmanager.notify;

import io.argus.alertmanager.alert.Alert;
import io.argus.core.label.Labels;
import java.util.List;

/**
 * One flush of an aggregation group handed to the pipeline: the group's receiver, key and labels,
 * its alerts in notification order, the flush time, the deadline for retries, and the route's
 * repeat interval and time intervals.
 */
public record GroupNotification(
    String receiver,
    String groupKey,
    Labels groupLabels,
    List<Alert> alerts,
    long nowMillis,
    long deadlineMillis,
    long repeatIntervalMillis,
    List<String> muteTimeIntervals,
    List<String> activeTimeIntervals) {

  public GroupNotification {
    alerts = List.copyOf(alerts);
    muteTimeIntervals = List.copyOf(muteTimeIntervals);
    activeTimeIntervals = List.copyOf(activeTimeIntervals);
  }
}
