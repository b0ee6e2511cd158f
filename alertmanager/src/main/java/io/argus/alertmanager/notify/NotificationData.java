package io.argus.alertmanager.notify;

import io.argus.core.label.Labels;
import java.util.List;

/**
 * What a notification is about (Alertmanager's template {@code Data} plus the group key): the
 * receiver, the overall status ({@code firing} when any alert fires), all alerts of the group,
 * the group labels, the labels and annotations every alert shares, and the external URL.
 */
public record NotificationData(
    String receiver,
    String status,
    List<AlertData> alerts,
    Labels groupLabels,
    Labels commonLabels,
    Labels commonAnnotations,
    String externalUrl,
    String groupKey) {

  public NotificationData {
    alerts = List.copyOf(alerts);
  }

  /** Builds the data, computing status and the common labels and annotations. */
  public static NotificationData of(
      String receiver, List<AlertData> alerts, Labels groupLabels, String externalUrl, String groupKey) {
    boolean anyFiring = alerts.stream().anyMatch(AlertData::firing);
    Labels commonLabels = common(alerts, true);
    Labels commonAnnotations = common(alerts, false);
    return new NotificationData(receiver, anyFiring ? "firing" : "resolved", alerts, groupLabels,
        commonLabels, commonAnnotations, externalUrl, groupKey);
  }

  private static Labels common(List<AlertData> alerts, boolean labels) {
    if (alerts.isEmpty()) {
      return Labels.empty();
    }
    Labels first = labels ? alerts.getFirst().labels() : alerts.getFirst().annotations();
    var builder = first.toBuilder();
    for (int i = 0; i < first.size(); i++) {
      String name = first.name(i);
      for (AlertData alert : alerts) {
        Labels other = labels ? alert.labels() : alert.annotations();
        if (!other.get(name).equals(first.value(i))) {
          builder.remove(name);
          break;
        }
      }
    }
    return builder.build();
  }
}
