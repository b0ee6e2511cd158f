package io.argus.promql.parser;

import io.argus.core.time.PrometheusDuration;
import java.math.BigInteger;

/**
 * Values of number and duration tokens, with Go's rules: integers are read as by {@code
 * strconv.ParseInt(s, 0, 64)} first (so {@code 0x1f} is hexadecimal, {@code 017} is octal and
 * underscores may separate digits), everything else as a float.
 */
final class Numbers {

  private Numbers() {}

  /** The value of a NUMBER token. */
  static double numberValue(TokenStream tokens, Token token) {
    String text = token.text();
    if (text.equalsIgnoreCase("inf")) {
      return Double.POSITIVE_INFINITY;
    }
    if (text.equalsIgnoreCase("nan")) {
      return Double.NaN;
    }
    double value;
    try {
      value = parse(text);
    } catch (NumberFormatException e) {
      throw parseError(tokens, token, "invalid syntax");
    }
    if (Double.isInfinite(value)) {
      throw parseError(tokens, token, "value out of range"); // Go's ParseFloat overflows to ErrRange
    }
    return value;
  }

  private static double parse(String text) {
    if (text.startsWith("0x") || text.startsWith("0X")) {
      return new BigInteger(stripUnderscores(text.substring(2)), 16).doubleValue();
    }
    if (isInteger(text)) {
      String digits = stripUnderscores(text);
      if (digits.length() > 1 && digits.charAt(0) == '0' && isOctal(digits)) {
        return new BigInteger(digits, 8).doubleValue();
      }
      return new BigInteger(digits).doubleValue();
    }
    if (text.indexOf('_') >= 0) {
      throw new NumberFormatException("underscores are only allowed in integers");
    }
    return Double.parseDouble(text);
  }

  private static ParseException parseError(TokenStream tokens, Token token, String reason) {
    return tokens.error(
        token,
        "error parsing number: strconv.ParseFloat: parsing "
            + io.argus.promql.printer.GoQuote.quote(token.text())
            + ": "
            + reason);
  }

  /** The value in seconds of a DURATION token such as {@code 1h30m}. */
  static double durationSeconds(TokenStream tokens, Token token) {
    try {
      return durationMillis(token.text()) / 1000.0;
    } catch (IllegalArgumentException e) {
      throw tokens.error(token, e.getMessage());
    }
  }

  private static final String[] UNITS = {"y", "w", "d", "h", "m", "s", "ms"};
  private static final long[] UNIT_MILLIS = {
    365L * 24 * 3600 * 1000, 7L * 24 * 3600 * 1000, 24L * 3600 * 1000, 3600L * 1000, 60L * 1000, 1000L, 1L
  };

  /**
   * Prometheus' duration syntax with its error wording ({@code not a valid duration string: "…"},
   * {@code unknown unit "hs" in duration "5y1hs"}, {@code duration out of range}); the same
   * grammar as {@link PrometheusDuration#parseMillis}, whose messages are less specific.
   */
  static long durationMillis(String text) {
    if (text.equals("0")) {
      return 0;
    }
    if (text.isEmpty()) {
      throw new IllegalArgumentException("empty duration string");
    }
    String quoted = io.argus.promql.printer.GoQuote.quote(text);
    long total = 0;
    int lastUnit = -1;
    int i = 0;
    while (i < text.length()) {
      int digitsStart = i;
      while (i < text.length() && Character.isDigit(text.charAt(i))) {
        i++;
      }
      long amount;
      try {
        amount = Long.parseLong(text, digitsStart, i, 10);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a valid duration string: " + quoted);
      }
      int unitStart = i;
      while (i < text.length() && !Character.isDigit(text.charAt(i))) {
        i++;
      }
      String unitText = text.substring(unitStart, i);
      if (unitText.isEmpty()) {
        throw new IllegalArgumentException("not a valid duration string: " + quoted);
      }
      int unit = java.util.Arrays.asList(UNITS).indexOf(unitText);
      if (unit < 0) {
        throw new IllegalArgumentException(
            "unknown unit " + io.argus.promql.printer.GoQuote.quote(unitText) + " in duration " + quoted);
      }
      if (unit <= lastUnit) {
        throw new IllegalArgumentException("not a valid duration string: " + quoted);
      }
      lastUnit = unit;
      try {
        total = Math.addExact(total, Math.multiplyExact(amount, UNIT_MILLIS[unit]));
        Math.multiplyExact(total, 1_000_000L); // Prometheus holds durations in int64 nanoseconds
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("duration out of range");
      }
    }
    return total;
  }

  /** The value in seconds of a NUMBER or DURATION token. */
  static double seconds(TokenStream tokens, Token token) {
    return token.kind() == TokenKind.DURATION
        ? durationSeconds(tokens, token)
        : numberValue(tokens, token);
  }

  private static boolean isInteger(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean isOctal(String digits) {
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) > '7') {
        return false;
      }
    }
    return true;
  }

  private static String stripUnderscores(String text) {
    return text.indexOf('_') < 0 ? text : text.replace("_", "");
  }
}
