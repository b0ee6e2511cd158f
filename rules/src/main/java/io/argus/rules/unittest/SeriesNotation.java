package io.argus.rules.unittest;

import io.argus.core.storage.StaleMarker;
import java.util.ArrayList;
import java.util.List;

/**
 * The expanding notation of promtool's {@code input_series} values: {@code 1 2 3}, {@code
 * 0+10x5} (6 values), {@code 5-1x3}, {@code 7x2} (7 three times), {@code _} (no sample), {@code
 * _x3} (3 gaps), {@code stale}, {@code NaN}, {@code Inf}, {@code -Inf}. A null element is a gap.
 */
final class SeriesNotation {

  private SeriesNotation() {}

  static List<Double> expand(String text) {
    List<Double> values = new ArrayList<>();
    for (String item : text.trim().split("\\s+")) {
      if (item.isEmpty()) {
        continue;
      }
      if (item.equals("_")) {
        values.add(null);
        continue;
      }
      if (item.equals("stale")) {
        values.add(StaleMarker.STALE_NAN);
        continue;
      }
      int times = item.lastIndexOf('x');
      if (times > 0 && isCount(item.substring(times + 1)) && !item.toLowerCase().startsWith("0x")) {
        int count = Integer.parseInt(item.substring(times + 1));
        String head = item.substring(0, times);
        if (head.equals("_")) {
          for (int i = 0; i < count; i++) {
            values.add(null);
          }
          continue;
        }
        int split = operatorIndex(head);
        double start = number(split < 0 ? head : head.substring(0, split), text);
        double step = split < 0 ? 0 : number(head.substring(split), text);
        double value = start;
        for (int i = 0; i <= count; i++) {
          values.add(value);
          value += step; // repeated addition, as Prometheus' newSeq, so rounding matches
        }
        continue;
      }
      values.add(number(item, text));
    }
    return values;
  }

  private static boolean isCount(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The index of the {@code +}/{@code -} between start and step, skipping a leading sign and exponents. */
  private static int operatorIndex(String head) {
    for (int i = 1; i < head.length(); i++) {
      char c = head.charAt(i);
      char previous = head.charAt(i - 1);
      if ((c == '+' || c == '-') && previous != 'e' && previous != 'E') {
        return i;
      }
    }
    return -1;
  }

  private static double number(String text, String whole) {
    String trimmed = text.startsWith("+") ? text.substring(1) : text;
    switch (trimmed) {
      case "Inf", "inf", "+Inf" -> {
        return Double.POSITIVE_INFINITY;
      }
      case "-Inf", "-inf" -> {
        return Double.NEGATIVE_INFINITY;
      }
      case "NaN", "nan" -> {
        return Double.NaN;
      }
      default -> {
        try {
          return Double.parseDouble(trimmed);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("invalid series values \"" + whole + "\": bad number \"" + text + "\"");
        }
      }
    }
  }
}
