package io.argus.alertmanager.webhook;

import io.argus.alertmanager.notify.AlertData;
import io.argus.alertmanager.notify.NotificationData;
import java.util.List;

/**
 * Alertmanager's webhook message, version 4: the template data (receiver, status, alerts, group
 * labels, common labels and annotations, external URL) followed by {@code version}, {@code
 * groupKey} and {@code truncatedAlerts}, in the field order and encoding Alertmanager produces
 * (ending with the newline Go's JSON encoder appends).
 */
public final class WebhookPayload {

  private WebhookPayload() {}

  /**
   * Encodes {@code data}, keeping only the first {@code maxAlerts} alerts when that is positive;
   * status and common labels are then computed from the kept alerts, as in Alertmanager.
   */
  public static String encode(NotificationData data, int maxAlerts) {
    List<AlertData> alerts = data.alerts();
    int truncated = 0;
    NotificationData shown = data;
    if (maxAlerts > 0 && alerts.size() > maxAlerts) {
      truncated = alerts.size() - maxAlerts;
      shown = NotificationData.of(data.receiver(), alerts.subList(0, maxAlerts), data.groupLabels(),
          data.externalUrl(), data.groupKey());
    }
    StringBuilder out = new StringBuilder(256 + 256 * shown.alerts().size());
    out.append("{\"receiver\":");
    GoJson.string(out, shown.receiver());
    out.append(",\"status\":");
    GoJson.string(out, shown.status());
    out.append(",\"alerts\":[");
    for (int i = 0; i < shown.alerts().size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      alert(out, shown.alerts().get(i));
    }
    out.append("],\"groupLabels\":");
    GoJson.labels(out, shown.groupLabels());
    out.append(",\"commonLabels\":");
    GoJson.labels(out, shown.commonLabels());
    out.append(",\"commonAnnotations\":");
    GoJson.labels(out, shown.commonAnnotations());
    out.append(",\"externalURL\":");
    GoJson.string(out, shown.externalUrl());
    out.append(",\"version\":\"4\",\"groupKey\":");
    GoJson.string(out, shown.groupKey());
    out.append(",\"truncatedAlerts\":").append(truncated).append("}\n");
    return out.toString();
  }

  private static void alert(StringBuilder out, AlertData alert) {
    out.append("{\"status\":");
    GoJson.string(out, alert.status());
    out.append(",\"labels\":");
    GoJson.labels(out, alert.labels());
    out.append(",\"annotations\":");
    GoJson.labels(out, alert.annotations());
    out.append(",\"startsAt\":");
    GoJson.time(out, alert.startsAtMillis());
    out.append(",\"endsAt\":");
    GoJson.time(out, alert.endsAtMillis());
    out.append(",\"generatorURL\":");
    GoJson.string(out, alert.generatorUrl());
    out.append(",\"fingerprint\":");
    GoJson.string(out, alert.fingerprint());
    out.append('}');
  }
}
