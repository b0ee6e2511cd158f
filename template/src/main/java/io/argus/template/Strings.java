package io.argus.template;

import java.math.BigInteger;
import java.util.function.Supplier;

/** Go's literal syntax: {@code strconv.Unquote} for strings and characters, and number constants. */
final class Strings {

  private Strings() {}

  /** The value of a Go string, raw string or character literal, quotes included in {@code text}. */
  static String unquote(String text, Supplier<TemplateParseException> error) {
    char quote = text.charAt(0);
    if (quote == '`') {
      return text.substring(1, text.length() - 1).replace("\r", "");
    }
    StringBuilder out = new StringBuilder();
    int end = text.length() - 1;
    int i = 1;
    while (i < end) {
      char c = text.charAt(i);
      if (c != '\\') {
        out.append(c);
        i++;
        continue;
      }
      if (i + 1 >= end) {
        throw error.get();
      }
      char escape = text.charAt(i + 1);
      i += 2;
      switch (escape) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'a' -> out.append('\u0007');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'v' -> out.append('\u000b');
        case '\\' -> out.append('\\');
        case '"', '\'' -> {
          if (escape != quote) {
            throw error.get();
          }
          out.append(escape);
        }
        case 'x', 'u', 'U' -> {
          int digits = escape == 'x' ? 2 : escape == 'u' ? 4 : 8;
          if (i + digits > end) {
            throw error.get();
          }
          int value;
          try {
            value = Integer.parseInt(text.substring(i, i + digits), 16);
          } catch (NumberFormatException e) {
            throw error.get();
          }
          i += digits;
          if (escape == 'x') {
            out.append((char) value); // a byte; good enough for the ASCII range users write
          } else if (Character.isValidCodePoint(value)) {
            out.appendCodePoint(value);
          } else {
            throw error.get();
          }
        }
        default -> {
          if (escape >= '0' && escape <= '7' && i + 2 <= end) {
            try {
              out.append((char) Integer.parseInt(text.substring(i - 1, i + 2), 8));
            } catch (NumberFormatException e) {
              throw error.get();
            }
            i += 2;
          } else {
            throw error.get();
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * A Go number constant as a template uses it: {@link Long} for integers (decimal, {@code 0x},
   * {@code 0o}, {@code 0b}, underscores), {@link Double} when the text has a point or exponent;
   * null when it is not a number.
   */
  static Object parseNumber(String text) {
    String cleaned = text.replace("_", "");
    boolean negative = cleaned.startsWith("-");
    String unsigned = cleaned.startsWith("-") || cleaned.startsWith("+") ? cleaned.substring(1) : cleaned;
    String lower = unsigned.toLowerCase();
    try {
      if (lower.startsWith("0x") && !lower.contains("p") && !lower.contains(".")) {
        return signed(new BigInteger(unsigned.substring(2), 16), negative);
      }
      if (lower.startsWith("0o")) {
        return signed(new BigInteger(unsigned.substring(2), 8), negative);
      }
      if (lower.startsWith("0b")) {
        return signed(new BigInteger(unsigned.substring(2), 2), negative);
      }
      if (lower.startsWith("0x")) {
        return Double.parseDouble((negative ? "-" : "") + unsigned + (lower.contains("p") ? "" : "p0"));
      }
      if (lower.contains(".") || lower.contains("e")) {
        if (lower.contains("inf") || lower.contains("nan")) {
          return null;
        }
        return Double.parseDouble(cleaned);
      }
      if (lower.length() > 1 && lower.startsWith("0")) {
        return signed(new BigInteger(unsigned.substring(1), 8), negative);
      }
      return signed(new BigInteger(unsigned), negative);
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  private static Long signed(BigInteger magnitude, boolean negative) {
    return (negative ? magnitude.negate() : magnitude).longValueExact();
  }
}
