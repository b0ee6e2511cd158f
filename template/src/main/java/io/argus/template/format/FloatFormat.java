package io.argus.template.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code strconv.FormatFloat} for the {@code e}, {@code f} and {@code g} formats. Digits come from
 * the exact binary value ({@link BigDecimal#BigDecimal(double)}) rounded half-to-even, as Go's
 * decimal conversion does; the shortest form uses {@link Double#toString}, whose digits (JDK 19+)
 * are the shortest that round-trip, the same digits Go picks.
 */
final class FloatFormat {

  private FloatFormat() {}

  /** Decimal digits without leading or trailing zeros (empty for zero) and the point's position. */
  private record Digits(String digits, int decimalPoint) {
    int count() {
      return digits.length();
    }

    char at(int index) {
      return index >= 0 && index < digits.length() ? digits.charAt(index) : '0';
    }

    static Digits of(BigDecimal value) {
      if (value.signum() == 0) {
        return new Digits("", 0);
      }
      BigDecimal stripped = value.stripTrailingZeros();
      String unscaled = stripped.unscaledValue().abs().toString();
      return new Digits(unscaled, unscaled.length() - stripped.scale());
    }
  }

  /**
   * Formats a finite or non-finite float. {@code precision} below zero means the shortest
   * representation that reads back as the same value.
   */
  static String format(double value, char format, int precision) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    boolean negative = value < 0 || (value == 0 && 1 / value < 0);
    double magnitude = Math.abs(value);
    boolean shortest = precision < 0;
    StringBuilder out = new StringBuilder(24);
    if (negative) {
      out.append('-');
    }
    char lower = Character.toLowerCase(format);
    Digits digits;
    switch (lower) {
      case 'e' -> {
        digits = shortest ? shortest(magnitude) : significant(magnitude, precision + 1);
        appendExponent(out, digits, shortest ? Math.max(digits.count() - 1, 0) : precision, format);
      }
      case 'f' -> {
        digits = shortest ? shortest(magnitude) : decimals(magnitude, precision);
        int places = shortest ? Math.max(digits.count() - digits.decimalPoint(), 0) : precision;
        appendFixed(out, digits, places);
      }
      case 'g' -> {
        int wanted = precision == 0 ? 1 : precision;
        digits = shortest ? shortest(magnitude) : significant(magnitude, wanted);
        int exponentLimit = wanted;
        if (shortest) {
          exponentLimit = 6;
          wanted = digits.count();
        } else if (exponentLimit > digits.count() && digits.count() >= digits.decimalPoint()) {
          exponentLimit = digits.count();
        }
        int exponent = digits.decimalPoint() - 1;
        if (exponent < -4 || exponent >= exponentLimit) {
          int shown = Math.min(wanted, digits.count());
          appendExponent(out, digits, Math.max(shown - 1, 0), format == 'G' ? 'E' : 'e');
        } else {
          int shown = wanted > digits.decimalPoint() ? digits.count() : wanted;
          appendFixed(out, digits, Math.max(shown - digits.decimalPoint(), 0));
        }
      }
      default -> throw new IllegalArgumentException("unsupported float format: " + format);
    }
    return out.toString();
  }

  private static Digits shortest(double magnitude) {
    return magnitude == 0 ? new Digits("", 0) : Digits.of(new BigDecimal(Double.toString(magnitude)));
  }

  private static Digits significant(double magnitude, int count) {
    return Digits.of(new BigDecimal(magnitude).round(new MathContext(count, RoundingMode.HALF_EVEN)));
  }

  private static Digits decimals(double magnitude, int places) {
    return Digits.of(new BigDecimal(magnitude).setScale(places, RoundingMode.HALF_EVEN));
  }

  private static void appendExponent(StringBuilder out, Digits digits, int places, char marker) {
    out.append(digits.count() == 0 ? '0' : digits.at(0));
    if (places > 0) {
      out.append('.');
      for (int i = 1; i <= places; i++) {
        out.append(digits.at(i));
      }
    }
    int exponent = digits.count() == 0 ? 0 : digits.decimalPoint() - 1;
    out.append(marker).append(exponent < 0 ? '-' : '+');
    int absolute = Math.abs(exponent);
    if (absolute < 10) {
      out.append('0');
    }
    out.append(absolute);
  }

  private static void appendFixed(StringBuilder out, Digits digits, int places) {
    if (digits.decimalPoint() > 0) {
      for (int i = 0; i < digits.decimalPoint(); i++) {
        out.append(digits.at(i));
      }
    } else {
      out.append('0');
    }
    if (places > 0) {
      out.append('.');
      for (int i = 0; i < places; i++) {
        out.append(digits.at(digits.decimalPoint() + i));
      }
    }
  }
}
