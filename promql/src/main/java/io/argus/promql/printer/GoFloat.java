package io.argus.promql.printer;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Go's float formatting, which leaks into PromQL's printed queries and error messages: {@code %v}
 * / {@code strconv.FormatFloat(v, 'g', -1, 64)} (shortest digits that round-trip, exponent form
 * when the decimal exponent is below -4 or at least 6, e.g. {@code 1e+06}, {@code 1.5e-07}) and
 * {@code %.Nf}. Java's {@link Double#toString} (JDK 19 and later) yields the same shortest digits;
 * only the layout differs.
 */
public final class GoFloat {

  private GoFloat() {}

  /** Go's {@code %v} of a float64: {@code 1}, {@code 0.5}, {@code 1e+06}, {@code +Inf}, {@code NaN}. */
  public static String formatShortest(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == 0) {
      return (1 / value) < 0 ? "-0" : "0";
    }
    BigDecimal decimal = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
    String digits = decimal.unscaledValue().toString();
    int digitCount = digits.length();
    int pointPosition = digitCount - decimal.scale(); // digits before the decimal point
    int exponent = pointPosition - 1;
    StringBuilder out = new StringBuilder(digitCount + 8);
    if (value < 0) {
      out.append('-');
    }
    if (exponent < -4 || exponent >= 6) {
      out.append(digits.charAt(0));
      if (digitCount > 1) {
        out.append('.').append(digits, 1, digitCount);
      }
      out.append('e').append(exponent < 0 ? '-' : '+');
      int magnitude = Math.abs(exponent);
      if (magnitude < 10) {
        out.append('0');
      }
      out.append(magnitude);
    } else if (pointPosition <= 0) {
      out.append("0.").append("0".repeat(-pointPosition)).append(digits);
    } else if (pointPosition >= digitCount) {
      out.append(digits).append("0".repeat(pointPosition - digitCount));
    } else {
      out.append(digits, 0, pointPosition).append('.').append(digits, pointPosition, digitCount);
    }
    return out.toString();
  }

  /** Go's {@code %.<decimals>f}, correctly rounded from the exact binary value. */
  public static String formatFixed(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Go's {@code %f}: six decimals. */
  public static String formatFixed6(double value) {
    return formatFixed(value, 6);
  }
}
