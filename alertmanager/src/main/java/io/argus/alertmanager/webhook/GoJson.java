package io.argus.alertmanager.webhook;

import io.argus.core.label.Labels;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The few pieces of Go's {@code encoding/json} output that Alertmanager's payloads need, written
 * to match it byte for byte: strings escaped as Go's encoder does by default (including {@code <},
 * {@code >} and {@code &} as {@code \u003c}…), maps with sorted keys, and times in RFC 3339 with
 * trailing zeros of the fraction removed ({@code time.RFC3339Nano}), the zero time being {@code
 * 0001-01-01T00:00:00Z}.
 */
final class GoJson {

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private GoJson() {}

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
        case '<', '>', '&', '\u2028', '\u2029' -> unicodeEscape(out, c);
        default -> {
          if (c < 0x20) {
            unicodeEscape(out, c);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void unicodeEscape(StringBuilder out, char c) {
    out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
        .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
  }

  /** A label set as a JSON object; {@link Labels} are already sorted by name. */
  static void labels(StringBuilder out, Labels labels) {
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

  /** An epoch-millisecond time in Go's RFC 3339 form; 0 is Go's zero time. */
  static void time(StringBuilder out, long epochMillis) {
    out.append('"');
    if (epochMillis == 0) {
      out.append("0001-01-01T00:00:00Z");
    } else {
      Instant instant = Instant.ofEpochMilli(epochMillis);
      out.append(SECONDS.format(instant));
      int millis = (int) Math.floorMod(epochMillis, 1000L);
      if (millis != 0) {
        String fraction = String.format("%03d", millis);
        int end = fraction.length();
        while (fraction.charAt(end - 1) == '0') {
          end--;
        }
        out.append('.').append(fraction, 0, end);
      }
      out.append('Z');
    }
    out.append('"');
  }
}
