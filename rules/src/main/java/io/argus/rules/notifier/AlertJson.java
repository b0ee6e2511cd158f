package io.argus.rules.notifier;

import io.argus.core.label.Labels;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The API v2 request body, written by hand: a JSON array of postable alerts. */
final class AlertJson {

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  private AlertJson() {}

  static String encode(List<NotifierAlert> alerts) {
    StringBuilder out = new StringBuilder(256 * alerts.size());
    out.append('[');
    for (int i = 0; i < alerts.size(); i++) {
      NotifierAlert alert = alerts.get(i);
      if (i > 0) {
        out.append(',');
      }
      out.append("{\"labels\":");
      labels(out, alert.labels());
      out.append(",\"annotations\":");
      labels(out, alert.annotations());
      out.append(",\"startsAt\":\"").append(time(alert.startsAtMillis())).append('"');
      out.append(",\"endsAt\":\"").append(time(alert.endsAtMillis())).append('"');
      out.append(",\"generatorURL\":");
      string(out, alert.generatorUrl());
      out.append('}');
    }
    return out.append(']').toString();
  }

  /** Go's RFC 3339 with nanoseconds, trailing zeros of the fraction removed. */
  static String time(long epochMillis) {
    Instant instant = Instant.ofEpochMilli(epochMillis);
    StringBuilder out = new StringBuilder(SECONDS.format(instant));
    int millis = instant.getNano() / 1_000_000;
    if (millis != 0) {
      out.append('.').append(String.format("%03d", millis).replaceAll("0+$", ""));
    }
    return out.append('Z').toString();
  }

  private static void labels(StringBuilder out, Labels labels) {
    out.append('{');
    for (int i = 0; i < labels.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      string(out, labels.name(i));
      out.append(':');
      string(out, labels.value(i));
    }
    out.append('}');
  }

  static void string(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
