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
    try {
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
        throw new NumberFormatException();
      }
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw tokens.error(
          token,
          "error parsing number: strconv.ParseFloat: parsing " + io.argus.promql.printer.GoQuote.quote(text) + ": invalid syntax");
    }
  }

  /** The value in seconds of a DURATION token such as {@code 1h30m}. */
  static double durationSeconds(TokenStream tokens, Token token) {
    try {
      return PrometheusDuration.parseMillis(token.text()) / 1000.0;
    } catch (IllegalArgumentException e) {
      throw tokens.error(token, e.getMessage());
    }
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
