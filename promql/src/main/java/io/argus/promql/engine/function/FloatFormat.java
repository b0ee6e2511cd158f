package io.argus.promql.engine.function;

import java.math.BigDecimal;

/**
 * Go's number and string formatting where it leaks into PromQL results and messages:
 * {@code strconv.FormatFloat(v, 'f', -1, 64)} for {@code count_values} labels, {@code %g} for
 * annotation texts, and {@code %q} for quoted names.
 */
public final class FloatFormat {

  private FloatFormat() {}

  /** Shortest round-tripping decimal without exponent: {@code 1}, {@code 0.5}, {@code 1e21} as digits. */
  public static String plain(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == 0) {
      return (1 / value < 0) ? "-0" : "0";
    }
    String text = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    return text;
  }

  /** Go's {@code %g} with shortest precision: exponent form when the exponent is below -4 or at least 6. */
  public static String format(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == 0) {
      return (1 / value < 0) ? "-0" : "0";
    }
    BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    int exponent = decimal.precision() - decimal.scale() - 1;
    if (exponent < -4 || exponent >= 6) {
      String digits = decimal.unscaledValue().abs().toString();
      StringBuilder out = new StringBuilder();
      if (decimal.signum() < 0) {
        out.append('-');
      }
      out.append(digits.charAt(0));
      if (digits.length() > 1) {
        out.append('.').append(digits, 1, digits.length());
      }
      out.append('e').append(exponent < 0 ? '-' : '+');
      int magnitude = Math.abs(exponent);
      if (magnitude < 10) {
        out.append('0');
      }
      out.append(magnitude);
      return out.toString();
    }
    return decimal.toPlainString();
  }

  private static boolean isPairedLow(String text, int index) {
    return index > 0 && Character.isHighSurrogate(text.charAt(index - 1));
  }

  /** Go's {@code %q}: double quotes, backslash escapes, non-printable characters as escapes. */
  public static String goQuote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c >= 0xDC80 && c <= 0xDCFF && !isPairedLow(text, i)) {
            // A byte that was not valid UTF-8, carried by the parser as U+DC00 + byte.
            out.append(String.format("\\x%02x", c - 0xDC00));
          } else if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
