package io.argus.scrape.exposition;

import java.nio.charset.StandardCharsets;

/**
 * Parses numbers with the syntax of Go's {@code strconv.ParseFloat}, which both Prometheus parsers
 * use: decimal and hexadecimal floats, {@code Inf}/{@code Infinity} with an optional sign and
 * {@code NaN}, case-insensitively. Values with at most 18 significant digits and a small exponent
 * take an exact fast path without allocating; the rest are validated here and handed to
 * {@link Double#parseDouble}, which rounds correctly but accepts more syntax than Go does.
 */
final class FloatParser {

  /** Go's {@code math.NaN()} bits, kept so that stored NaNs are bit-identical to Prometheus'. */
  static final double GO_NAN = Double.longBitsToDouble(0x7ff8000000000001L);

  private static final double[] POWERS_OF_TEN = new double[23];

  static {
    double power = 1;
    for (int i = 0; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = power;
      power *= 10;
    }
  }

  private FloatParser() {}

  /**
   * The value of {@code bytes[from, to)}.
   *
   * @throws IllegalArgumentException naming the problem when the bytes are not a number or
   *     overflow a double
   */
  static double parse(byte[] bytes, int from, int to) {
    if (from >= to) {
      throw new IllegalArgumentException("empty number");
    }
    int i = from;
    boolean negative = false;
    boolean signed = false;
    if (bytes[i] == '+' || bytes[i] == '-') {
      negative = bytes[i] == '-';
      signed = true;
      i++;
    }
    if (i == to) {
      throw new IllegalArgumentException("a sign without digits");
    }
    byte first = bytes[i];
    if (first == 'i' || first == 'I') {
      if (equalsIgnoreCase(bytes, i, to, "inf") || equalsIgnoreCase(bytes, i, to, "infinity")) {
        return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      }
      throw new IllegalArgumentException("not a number");
    }
    if (first == 'n' || first == 'N') {
      if (!signed && equalsIgnoreCase(bytes, i, to, "nan")) {
        return GO_NAN;
      }
      throw new IllegalArgumentException("not a number");
    }
    if (first == '0' && i + 1 < to && (bytes[i + 1] == 'x' || bytes[i + 1] == 'X')) {
      return parseHexadecimal(bytes, from, i + 2, to);
    }
    return parseDecimal(bytes, from, i, to, negative);
  }

  private static double parseDecimal(byte[] bytes, int from, int start, int to, boolean negative) {
    long mantissa = 0;
    int significantDigits = 0;
    int exponent = 0;
    boolean truncated = false;
    boolean sawDigit = false;
    int i = start;
    for (; i < to && isDigit(bytes[i]); i++) {
      sawDigit = true;
      int digit = bytes[i] - '0';
      if (mantissa == 0 && digit == 0) {
        continue;
      }
      if (significantDigits < 18) {
        mantissa = mantissa * 10 + digit;
        significantDigits++;
      } else {
        exponent++;
        truncated |= digit != 0;
      }
    }
    if (i < to && bytes[i] == '.') {
      i++;
      for (; i < to && isDigit(bytes[i]); i++) {
        sawDigit = true;
        int digit = bytes[i] - '0';
        if (mantissa == 0 && digit == 0) {
          exponent--;
        } else if (significantDigits < 18) {
          mantissa = mantissa * 10 + digit;
          significantDigits++;
          exponent--;
        } else {
          truncated |= digit != 0;
        }
      }
    }
    if (!sawDigit) {
      throw new IllegalArgumentException("not a number");
    }
    if (i < to && (bytes[i] == 'e' || bytes[i] == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < to && (bytes[i] == '+' || bytes[i] == '-')) {
        negativeExponent = bytes[i] == '-';
        i++;
      }
      if (i == to || !isDigit(bytes[i])) {
        throw new IllegalArgumentException("an exponent without digits");
      }
      int written = 0;
      for (; i < to && isDigit(bytes[i]); i++) {
        written = Math.min(written * 10 + (bytes[i] - '0'), 100_000);
      }
      exponent += negativeExponent ? -written : written;
    }
    if (i != to) {
      throw new IllegalArgumentException("not a number");
    }
    if (mantissa == 0) {
      return negative ? -0.0 : 0.0;
    }
    if (!truncated && mantissa < (1L << 53) && exponent >= -22 && exponent <= 22) {
      // Both operands are exact doubles, so one IEEE operation rounds correctly (Clinger's fast path).
      double value = exponent >= 0
          ? mantissa * POWERS_OF_TEN[exponent]
          : mantissa / POWERS_OF_TEN[-exponent];
      return negative ? -value : value;
    }
    return checkedRange(Double.parseDouble(ascii(bytes, from, to)));
  }

  private static double parseHexadecimal(byte[] bytes, int from, int start, int to) {
    int i = start;
    boolean sawDigit = false;
    for (; i < to && isHexDigit(bytes[i]); i++) {
      sawDigit = true;
    }
    if (i < to && bytes[i] == '.') {
      i++;
      for (; i < to && isHexDigit(bytes[i]); i++) {
        sawDigit = true;
      }
    }
    if (!sawDigit || i == to || (bytes[i] != 'p' && bytes[i] != 'P')) {
      throw new IllegalArgumentException("a hexadecimal number needs digits and a 'p' exponent");
    }
    i++;
    if (i < to && (bytes[i] == '+' || bytes[i] == '-')) {
      i++;
    }
    if (i == to) {
      throw new IllegalArgumentException("an exponent without digits");
    }
    for (; i < to; i++) {
      if (!isDigit(bytes[i])) {
        throw new IllegalArgumentException("not a number");
      }
    }
    return checkedRange(Double.parseDouble(ascii(bytes, from, to)));
  }

  /**
   * Parses a decimal integer such as a Prometheus text timestamp.
   *
   * @throws IllegalArgumentException when not an integer or out of the range of a long
   */
  static long parseLong(byte[] bytes, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (bytes[i] == '+' || bytes[i] == '-')) {
      negative = bytes[i] == '-';
      i++;
    }
    if (i == to) {
      throw new IllegalArgumentException("not an integer");
    }
    long value = 0;
    for (; i < to; i++) {
      byte b = bytes[i];
      if (!isDigit(b)) {
        throw new IllegalArgumentException("not an integer");
      }
      // Accumulate negatively so that Long.MIN_VALUE parses too.
      if (value < (Long.MIN_VALUE + (b - '0')) / 10) {
        throw new IllegalArgumentException("integer out of range");
      }
      value = value * 10 - (b - '0');
    }
    if (!negative) {
      if (value == Long.MIN_VALUE) {
        throw new IllegalArgumentException("integer out of range");
      }
      return -value;
    }
    return value;
  }

  private static double checkedRange(double value) {
    if (Double.isInfinite(value)) {
      throw new IllegalArgumentException("number out of the range of a 64-bit float");
    }
    return value;
  }

  private static boolean equalsIgnoreCase(byte[] bytes, int from, int to, String word) {
    if (to - from != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.toLowerCase((char) (bytes[from + i] & 0xff)) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  private static boolean isHexDigit(byte b) {
    return isDigit(b) || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
  }

  private static String ascii(byte[] bytes, int from, int to) {
    return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
  }
}
