package io.argus.rules.template;

import io.argus.template.format.GoFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Go's printing of {@code time.Time} (UTC) and {@code time.Duration}, which leaks into templates and promtool output. */
public final class GoTime {

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private GoTime() {}

  /** {@code time.Time.String()} of a UTC time: {@code 2006-01-02 15:04:05.999999999 +0000 UTC}. */
  public static String formatTime(long epochMillis) {
    Instant instant = Instant.ofEpochMilli(epochMillis);
    StringBuilder out = new StringBuilder(SECONDS.format(instant));
    int nanos = instant.getNano();
    if (nanos != 0) {
      String fraction = String.format("%09d", nanos).replaceAll("0+$", "");
      out.append('.').append(fraction);
    }
    return out.append(" +0000 UTC").toString();
  }

  /** {@code time.Duration.String()}: {@code 1h2m3.5s}, {@code 1.5ms}, {@code 0s}. */
  public static String formatDuration(long nanos) {
    if (nanos == 0) {
      return "0s";
    }
    boolean negative = nanos < 0;
    long value = Math.abs(nanos);
    StringBuilder out = new StringBuilder();
    if (value < 1_000_000_000L) {
      String unit;
      long divisor;
      if (value < 1_000L) {
        unit = "ns";
        divisor = 1;
      } else if (value < 1_000_000L) {
        unit = "µs";
        divisor = 1_000;
      } else {
        unit = "ms";
        divisor = 1_000_000;
      }
      out.append(fraction(value, divisor)).append(unit);
    } else {
      long hours = value / 3_600_000_000_000L;
      long minutes = (value / 60_000_000_000L) % 60;
      long secondsNanos = value % 60_000_000_000L;
      if (hours > 0) {
        out.append(hours).append('h');
      }
      if (hours > 0 || minutes > 0) {
        out.append(minutes).append('m');
      }
      out.append(fraction(secondsNanos, 1_000_000_000L)).append('s');
    }
    return (negative ? "-" : "") + out;
  }

  private static String fraction(long value, long divisor) {
    long whole = value / divisor;
    long rest = value % divisor;
    if (rest == 0) {
      return Long.toString(whole);
    }
    int width = Long.toString(divisor).length() - 1;
    String digits = String.format("%0" + width + "d", rest).replaceAll("0+$", "");
    return whole + "." + digits;
  }

  /** {@code fmt.Sprintf("%.4g", value)}. */
  static String fourDigits(double value) {
    return GoFormat.formatFloat(value, 'g', 4);
  }
}
