package io.argus.alertmanager.email;

import io.argus.alertmanager.notify.AlertData;
import io.argus.alertmanager.notify.NotificationData;
import io.argus.core.label.Labels;
import java.util.ArrayList;
import java.util.List;

/**
 * Subject and bodies of a notification email. The subject follows Alertmanager's default subject
 * exactly ({@code [FIRING:2] <group label values> (<other common label values>)}); the bodies are
 * Argus's own plain-text and HTML layouts listing firing then resolved alerts with their labels,
 * annotations and source link, because Go templates (and with them Alertmanager's default HTML)
 * are not rendered yet.
 */
public record EmailContent(String subject, String text, String html) {

  public static EmailContent of(NotificationData data) {
    return new EmailContent(subject(data), text(data), html(data));
  }

  static String subject(NotificationData data) {
    boolean firing = data.status().equals("firing");
    long firingCount = data.alerts().stream().filter(AlertData::firing).count();
    StringBuilder subject = new StringBuilder("[").append(data.status().toUpperCase(java.util.Locale.ROOT));
    if (firing) {
      subject.append(':').append(firingCount);
    }
    subject.append("] ").append(String.join(" ", values(data.groupLabels()))).append(' ');
    if (data.commonLabels().size() > data.groupLabels().size()) {
      var extra = data.commonLabels().toBuilder().remove(data.groupLabels().names().toArray(String[]::new)).build();
      subject.append('(').append(String.join(" ", values(extra))).append(')');
    }
    return subject.toString();
  }

  private static List<String> values(Labels labels) {
    List<String> values = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      values.add(labels.value(i));
    }
    return values;
  }

  private static String text(NotificationData data) {
    StringBuilder out = new StringBuilder(subject(data)).append("\n");
    for (boolean firing : new boolean[] {true, false}) {
      List<AlertData> alerts = data.alerts().stream().filter(a -> a.firing() == firing).toList();
      if (alerts.isEmpty()) {
        continue;
      }
      out.append('\n').append(firing ? "Firing" : "Resolved").append(" alerts (").append(alerts.size()).append("):\n");
      for (AlertData alert : alerts) {
        out.append("- ").append(pairs(alert.labels())).append('\n');
        alert.annotations().forEach((name, value) -> out.append("  ").append(name).append(": ").append(value).append('\n'));
        if (!alert.generatorUrl().isEmpty()) {
          out.append("  Source: ").append(alert.generatorUrl()).append('\n');
        }
      }
    }
    if (!data.externalUrl().isEmpty()) {
      out.append("\nSent by ").append(data.externalUrl()).append('\n');
    }
    return out.toString();
  }

  private static String html(NotificationData data) {
    StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>")
        .append(escape(subject(data))).append("</title></head><body>\n<h2>").append(escape(subject(data)))
        .append("</h2>\n");
    for (boolean firing : new boolean[] {true, false}) {
      List<AlertData> alerts = data.alerts().stream().filter(a -> a.firing() == firing).toList();
      if (alerts.isEmpty()) {
        continue;
      }
      out.append("<h3>").append(firing ? "Firing" : "Resolved").append(" alerts (").append(alerts.size())
          .append(")</h3>\n<ul>\n");
      for (AlertData alert : alerts) {
        out.append("<li><strong>").append(escape(pairs(alert.labels()))).append("</strong>");
        alert.annotations().forEach((name, value) ->
            out.append("<br>").append(escape(name)).append(": ").append(escape(value)));
        if (!alert.generatorUrl().isEmpty()) {
          out.append("<br><a href=\"").append(escape(alert.generatorUrl())).append("\">Source</a>");
        }
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
    if (!data.externalUrl().isEmpty()) {
      out.append("<p>Sent by <a href=\"").append(escape(data.externalUrl())).append("\">")
          .append(escape(data.externalUrl())).append("</a></p>\n");
    }
    return out.append("</body></html>\n").toString();
  }

  private static String pairs(Labels labels) {
    StringBuilder out = new StringBuilder();
    labels.forEach((name, value) -> out.append(out.isEmpty() ? "" : " ").append(name).append('=').append(value));
    return out.toString();
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&#34;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
