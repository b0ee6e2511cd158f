package io.argus.template.format;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * One {@code fmt.Sprintf} call: flags {@code +-# 0}, width and precision (digits or {@code *}),
 * explicit argument indexes {@code %[n]d}, and the verbs {@code v s q d x X o b c e E f F g G t %}.
 * A verb that does not fit its argument prints Go's {@code %!d(string=abc)}.
 */
final class Printf {

  private final String format;
  private final List<?> arguments;
  private final StringBuilder out = new StringBuilder();
  private int argumentIndex;
  private boolean reordered;

  private boolean minus;
  private boolean plus;
  private boolean sharp;
  private boolean zero;
  private boolean space;
  private int width;
  private int precision;

  Printf(String format, List<?> arguments) {
    this.format = format;
    this.arguments = arguments;
  }

  String run() {
    int i = 0;
    int length = format.length();
    while (i < length) {
      char c = format.charAt(i);
      if (c != '%') {
        out.append(c);
        i++;
        continue;
      }
      i++;
      minus = plus = sharp = zero = space = false;
      width = -1;
      precision = -1;
      for (; i < length; i++) {
        char flag = format.charAt(i);
        if (flag == '-') {
          minus = true;
        } else if (flag == '+') {
          plus = true;
        } else if (flag == '#') {
          sharp = true;
        } else if (flag == '0') {
          zero = true;
        } else if (flag == ' ') {
          space = true;
        } else {
          break;
        }
      }
      i = argumentIndex(i);
      if (i < length && format.charAt(i) == '*') {
        width = starArgument();
        if (width < 0) {
          minus = true;
          width = -width;
        }
        i++;
      } else {
        int start = i;
        while (i < length && Character.isDigit(format.charAt(i))) {
          i++;
        }
        if (i > start) {
          width = Integer.parseInt(format.substring(start, Math.min(i, start + 6)));
        }
      }
      if (i < length && format.charAt(i) == '.') {
        i++;
        i = argumentIndex(i);
        if (i < length && format.charAt(i) == '*') {
          precision = starArgument();
          if (precision < 0) {
            precision = -1;
          }
          i++;
        } else {
          int start = i;
          while (i < length && Character.isDigit(format.charAt(i))) {
            i++;
          }
          precision = i > start ? Integer.parseInt(format.substring(start, Math.min(i, start + 6))) : 0;
        }
      }
      i = argumentIndex(i);
      if (i >= length) {
        out.append("%!(NOVERB)");
        break;
      }
      int verb = format.codePointAt(i);
      i += Character.charCount(verb);
      if (verb == '%') {
        out.append('%');
        continue;
      }
      if (argumentIndex >= arguments.size()) {
        out.append("%!").appendCodePoint(verb).append("(MISSING)");
        continue;
      }
      Object argument = arguments.get(argumentIndex++);
      formatArgument((char) verb, argument);
    }
    if (!reordered && argumentIndex < arguments.size()) {
      out.append("%!(EXTRA ");
      for (int extra = argumentIndex; extra < arguments.size(); extra++) {
        if (extra > argumentIndex) {
          out.append(", ");
        }
        Object argument = arguments.get(extra);
        out.append(GoFormat.typeName(argument));
        if (argument != null) {
          out.append('=');
          GoFormat.appendValue(out, argument);
        }
      }
      out.append(')');
    }
    return out.toString();
  }

  private int argumentIndex(int i) {
    if (i < format.length() && format.charAt(i) == '[') {
      int close = format.indexOf(']', i);
      if (close > i) {
        try {
          int index = Integer.parseInt(format.substring(i + 1, close));
          if (index >= 1 && index <= arguments.size()) {
            argumentIndex = index - 1;
            reordered = true;
            return close + 1;
          }
        } catch (NumberFormatException ignored) {
          // Go prints %!d(BADINDEX); we fall through and print the verb as bad.
        }
      }
    }
    return i;
  }

  private int starArgument() {
    if (argumentIndex < arguments.size() && arguments.get(argumentIndex) instanceof Long number) {
      argumentIndex++;
      return (int) Math.max(Math.min(number, 1_000_000), -1_000_000);
    }
    argumentIndex++;
    out.append("%!(BADWIDTH)");
    return 0;
  }

  private void formatArgument(char verb, Object argument) {
    switch (argument) {
      case Integer number -> formatInteger(verb, number.longValue(), argument);
      case Long number -> formatInteger(verb, number, argument);
      case Double number -> formatFloat(verb, number, argument);
      case Float number -> formatFloat(verb, number.doubleValue(), argument);
      case String string -> formatString(verb, string, argument);
      case Boolean bool -> {
        if (verb == 't' || verb == 'v') {
          pad(bool.toString());
        } else {
          bad(verb, argument);
        }
      }
      case null -> {
        if (verb == 'v') {
          pad("<nil>");
        } else {
          out.append("%!").append(verb).append("(<nil>)");
        }
      }
      case Map<?, ?> map -> formatMap(verb, map);
      case List<?> list -> formatList(verb, list);
      default -> {
        if (argument.getClass().isArray()) {
          formatList(verb, GoFormat.arrayToList(argument));
        } else if (verb == 'v' || verb == 's') {
          pad(argument.toString());
        } else if (verb == 'q') {
          pad(GoFormat.quote(argument.toString()));
        } else {
          bad(verb, argument);
        }
      }
    }
  }

  private void formatMap(char verb, Map<?, ?> map) {
    StringBuilder text = new StringBuilder("map[");
    boolean first = true;
    for (Map.Entry<Object, Object> entry : GoFormat.sorted(map).entrySet()) {
      if (!first) {
        text.append(' ');
      }
      first = false;
      text.append(nested(verb, entry.getKey())).append(':').append(nested(verb, entry.getValue()));
    }
    out.append(text.append(']'));
  }

  private void formatList(char verb, List<?> list) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(nested(verb, list.get(i)));
    }
    out.append(text.append(']'));
  }

  private String nested(char verb, Object value) {
    Printf inner = new Printf("", List.of());
    inner.minus = minus;
    inner.plus = plus;
    inner.sharp = sharp;
    inner.zero = zero;
    inner.space = space;
    inner.width = width;
    inner.precision = precision;
    inner.formatArgument(verb, value);
    return inner.out.toString();
  }

  private void formatInteger(char verb, long value, Object argument) {
    String digits;
    switch (verb) {
      case 'd', 'v' -> digits = magnitude(value, 10);
      case 'x' -> digits = magnitude(value, 16);
      case 'X' -> digits = magnitude(value, 16).toUpperCase();
      case 'o', 'O' -> digits = magnitude(value, 8);
      case 'b' -> digits = magnitude(value, 2);
      case 'c' -> {
        pad(new String(Character.toChars(validRune(value))));
        return;
      }
      case 'q' -> {
        pad(quoteRune(validRune(value)));
        return;
      }
      case 'U' -> {
        pad(String.format("U+%04X", value));
        return;
      }
      default -> {
        bad(verb, argument);
        return;
      }
    }
    if (precision >= 0) {
      if (precision == 0 && value == 0) {
        digits = "";
      }
      while (digits.length() < precision) {
        digits = "0" + digits;
      }
    }
    String prefix = "";
    if (sharp) {
      prefix = switch (verb) {
        case 'x' -> "0x";
        case 'X' -> "0X";
        case 'o' -> "0";
        case 'b' -> "0b";
        default -> "";
      };
    }
    if (verb == 'O') {
      prefix = "0o";
    }
    String sign = value < 0 ? "-" : plus ? "+" : space ? " " : "";
    padNumber(sign, prefix + digits, precision < 0);
  }

  private static int validRune(long value) {
    return value >= 0 && value <= Character.MAX_CODE_POINT && (value < 0xd800 || value > 0xdfff)
        ? (int) value
        : 0xfffd;
  }

  private static String quoteRune(int codePoint) {
    if (codePoint == '\'') {
      return "'\\''";
    }
    String quoted = GoFormat.quote(new String(Character.toChars(codePoint)));
    String inner = quoted.substring(1, quoted.length() - 1).replace("\\\"", "\"");
    return "'" + inner + "'";
  }

  private static String magnitude(long value, int radix) {
    if (value == Long.MIN_VALUE) {
      return BigInteger.valueOf(value).negate().toString(radix);
    }
    return Long.toString(Math.abs(value), radix);
  }

  private void formatFloat(char verb, double value, Object argument) {
    String body;
    switch (verb) {
      case 'v', 'g', 'G' -> body = FloatFormat.format(value, verb == 'G' ? 'G' : 'g', precision);
      case 'e', 'E' -> body = FloatFormat.format(value, verb, precision < 0 ? 6 : precision);
      case 'f', 'F' -> body = FloatFormat.format(value, 'f', precision < 0 ? 6 : precision);
      default -> {
        bad(verb, argument);
        return;
      }
    }
    String sign = "";
    if (body.startsWith("-") || body.startsWith("+")) {
      sign = body.substring(0, 1);
      body = body.substring(1);
    }
    if (sign.isEmpty() && !body.equals("NaN")) {
      sign = plus ? "+" : space ? " " : "";
    } else if (body.equals("NaN") && plus) {
      sign = "+";
    } else if (sign.equals("+") && !plus && body.equals("Inf")) {
      sign = space ? " " : "+";
    }
    boolean finite = !Double.isInfinite(value) && !Double.isNaN(value);
    padNumber(sign, body, finite);
  }

  private void formatString(char verb, String value, Object argument) {
    switch (verb) {
      case 's', 'v' -> pad(truncate(value));
      case 'q' -> pad(sharp && !value.contains("`") ? "`" + value + "`" : GoFormat.quote(truncate(value)));
      case 'x', 'X' -> {
        StringBuilder hex = new StringBuilder();
        byte[] bytes = GoFormat.utf8(truncateBytes(value));
        for (int i = 0; i < bytes.length; i++) {
          if (space && i > 0) {
            hex.append(' ');
          }
          if (sharp && (space || i == 0)) {
            hex.append(verb == 'x' ? "0x" : "0X");
          }
          hex.append(String.format(verb == 'x' ? "%02x" : "%02X", bytes[i] & 0xff));
        }
        pad(hex.toString());
      }
      default -> bad(verb, argument);
    }
  }

  private String truncate(String value) {
    if (precision < 0 || value.codePointCount(0, value.length()) <= precision) {
      return value;
    }
    return value.substring(0, value.offsetByCodePoints(0, precision));
  }

  private String truncateBytes(String value) {
    return truncate(value);
  }

  private void bad(char verb, Object argument) {
    out.append("%!").append(verb).append('(').append(GoFormat.typeName(argument)).append('=');
    GoFormat.appendValue(out, argument);
    out.append(')');
  }

  private void pad(String text) {
    int length = text.codePointCount(0, text.length());
    if (width <= length) {
      out.append(text);
      return;
    }
    String fill = (zero && !minus ? "0" : " ").repeat(width - length);
    if (minus) {
      out.append(text).append(fill.replace('0', ' '));
    } else {
      out.append(fill).append(text);
    }
  }

  /** Pads a signed number: zeros go between sign and digits, spaces before the sign. */
  private void padNumber(String sign, String digits, boolean zeroPaddingAllowed) {
    int length = sign.length() + digits.length();
    if (width <= length) {
      out.append(sign).append(digits);
      return;
    }
    int fill = width - length;
    if (minus) {
      out.append(sign).append(digits).append(" ".repeat(fill));
    } else if (zero && zeroPaddingAllowed) {
      out.append(sign).append("0".repeat(fill)).append(digits);
    } else {
      out.append(" ".repeat(fill)).append(sign).append(digits);
    }
  }
}
